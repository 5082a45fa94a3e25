import type { DemoDatabase } from './db.ts';

/** A row of the users table. */
export interface User {
  id: number;
  email: string;
  passwordHash: string;
  totpSecret: string | null;
  isTwoStepOn: boolean;
  lastUsedStep: number | null;
  /** Salt of the saved backup codes' hashes; null until codes are saved. */
  backupCodesSalt: string | null;
  backupCodesRefreshedAt: number | null;
}

interface UserRow {
  id: number;
  email: string;
  password_hash: string;
  totp_secret: string | null;
  is_two_step_on: number;
  last_used_step: number | null;
  backup_codes_salt: string | null;
  backup_codes_refreshed_at: number | null;
}

function toUser(row: UserRow | undefined): User | undefined {
  if (!row) {
    return undefined;
  }

  return {
    id: row.id,
    email: row.email,
    passwordHash: row.password_hash,
    totpSecret: row.totp_secret,
    isTwoStepOn: row.is_two_step_on === 1,
    lastUsedStep: row.last_used_step,
    backupCodesSalt: row.backup_codes_salt,
    backupCodesRefreshedAt: row.backup_codes_refreshed_at,
  };
}

/** Finds a user by e-mail address, ignoring case. */
export function findUserByEmail(
  db: DemoDatabase,
  email: string,
): User | undefined {
  const statement = db.prepare<[string], UserRow>(
    'SELECT * FROM users WHERE email = ?',
  );

  return toUser(statement.get(email.trim()));
}

/** Finds a user by id. */
export function findUserById(db: DemoDatabase, id: number): User | undefined {
  const statement = db.prepare<[number], UserRow>(
    'SELECT * FROM users WHERE id = ?',
  );

  return toUser(statement.get(id));
}

/**
 * Records a time step as used, unless it (or a later one) already was.
 * Returns false when another request got there first.
 */
export function claimTimeStep(
  db: DemoDatabase,
  userId: number,
  step: number,
): boolean {
  const result = db
    .prepare(
      `UPDATE users SET last_used_step = ?
       WHERE id = ? AND (last_used_step IS NULL OR last_used_step < ?)`,
    )
    .run(step, userId, step);

  return result.changes === 1;
}

/** Makes a verified secret the active one and turns 2-Step Verification on. */
export function turnOnTwoStep(
  db: DemoDatabase,
  userId: number,
  secret: string,
  step: number,
): void {
  // The step belongs to the new secret, so it replaces any older value.
  db.prepare(
    `UPDATE users
     SET totp_secret = ?, is_two_step_on = 1, last_used_step = ?
     WHERE id = ?`,
  ).run(secret, step, userId);
}

/** Turns 2-Step Verification off and forgets the secret. */
export function turnOffTwoStep(db: DemoDatabase, userId: number): void {
  db.prepare(
    `UPDATE users
     SET totp_secret = NULL, is_two_step_on = 0, last_used_step = NULL
     WHERE id = ?`,
  ).run(userId);
}
