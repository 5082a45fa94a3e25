import { randomBytes } from 'node:crypto';
import type { DemoDatabase } from './db.ts';
import { hashWithSalt } from './passwords.ts';
import type { User } from './users.ts';

/** What checking a backup code found; a wrong code is a normal result. */
export type BackupCodeCheck = 'accepted' | 'wrong' | 'already-used';

interface UsedAtRow {
  used_at: number | null;
}

// Eight digits are few enough to try them all against a fast hash, so
// each is stored as scrypt under a salt the user's batch shares.
function hashBackupCode(code: string, salt: string): Promise<string> {
  return hashWithSalt(code, Buffer.from(salt, 'base64'));
}

/** Replaces a user's backup codes with a new batch, keeping only hashes. */
export async function saveBackupCodes(
  db: DemoDatabase,
  userId: number,
  codes: readonly string[],
  now: number,
): Promise<void> {
  const salt = randomBytes(16).toString('base64');
  const hashes = await Promise.all(
    codes.map((code) => hashBackupCode(code, salt)),
  );

  const replace = db.transaction(() => {
    db.prepare('DELETE FROM backup_codes WHERE user_id = ?').run(userId);
    const insert = db.prepare(
      'INSERT INTO backup_codes (user_id, code_hash) VALUES (?, ?)',
    );
    for (const hash of hashes) {
      insert.run(userId, hash);
    }

    db.prepare(
      `UPDATE users
       SET backup_codes_salt = ?, backup_codes_refreshed_at = ?
       WHERE id = ?`,
    ).run(salt, now, userId);
  });

  replace();
}

/** How many of a user's backup codes are still unused. */
export function countUnusedBackupCodes(
  db: DemoDatabase,
  userId: number,
): number {
  const row = db
    .prepare<[number], { count: number }>(
      `SELECT count(*) AS count FROM backup_codes
       WHERE user_id = ? AND used_at IS NULL`,
    )
    .get(userId);

  return row?.count ?? 0;
}

/** Checks an eight-digit code and, if it is unused, uses it up. */
export async function useBackupCode(
  db: DemoDatabase,
  user: User,
  code: string,
  now: number,
): Promise<BackupCodeCheck> {
  if (!user.backupCodesSalt) {
    return 'wrong';
  }

  const hash = await hashBackupCode(code, user.backupCodesSalt);
  const row = db
    .prepare<[number, string], UsedAtRow>(
      'SELECT used_at FROM backup_codes WHERE user_id = ? AND code_hash = ?',
    )
    .get(user.id, hash);
  if (!row) {
    return 'wrong';
  }

  // The condition makes the update the check, so two requests racing
  // with one code cannot both sign in.
  const result = db
    .prepare(
      `UPDATE backup_codes SET used_at = ?
       WHERE user_id = ? AND code_hash = ? AND used_at IS NULL`,
    )
    .run(now, user.id, hash);

  return result.changes === 1 ? 'accepted' : 'already-used';
}
