import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { DemoDatabase } from './db.ts';

/** Where a visitor is in signing in. */
export type SessionStage = 'signed-out' | 'password-ok' | 'signed-in';

/** A sign-in code sent by e-mail, as the session keeps it: hashed. */
export interface SentEmailCode {
  hash: string;
  expiresAt: number;
  wrongAttempts: number;
}

/** A row of the sessions table, keyed by the hash of its cookie value. */
export interface Session {
  idHash: string;
  userId: number | null;
  stage: SessionStage;
  csrfToken: string;
  reconfirmedAt: number | null;
  pendingSecret: string | null;
  createdAt: number;
  /** Digest of backup codes shown but not yet saved with Update. */
  pendingBackupCodesDigest: string | null;
  emailCode: SentEmailCode | null;
}

interface SessionRow {
  id_hash: string;
  user_id: number | null;
  stage: SessionStage;
  csrf_token: string;
  reconfirmed_at: number | null;
  pending_secret: string | null;
  created_at: number;
  pending_backup_codes_digest: string | null;
  email_code_hash: string | null;
  email_code_expires_at: number | null;
  email_code_attempts: number;
}

const SESSION_LIFETIME_MS = 12 * 60 * 60 * 1000;

function hashSessionId(sessionId: string): string {
  return createHash('sha256').update(sessionId).digest('hex');
}

function toSentEmailCode(row: SessionRow): SentEmailCode | null {
  if (row.email_code_hash === null || row.email_code_expires_at === null) {
    return null;
  }

  return {
    hash: row.email_code_hash,
    expiresAt: row.email_code_expires_at,
    wrongAttempts: row.email_code_attempts,
  };
}

function toSession(row: SessionRow): Session {
  return {
    idHash: row.id_hash,
    userId: row.user_id,
    stage: row.stage,
    csrfToken: row.csrf_token,
    reconfirmedAt: row.reconfirmed_at,
    pendingSecret: row.pending_secret,
    createdAt: row.created_at,
    pendingBackupCodesDigest: row.pending_backup_codes_digest,
    emailCode: toSentEmailCode(row),
  };
}

/** Finds the live session a cookie value names, if any. */
export function findSession(
  db: DemoDatabase,
  sessionId: string,
  now: number,
): Session | undefined {
  const row = db
    .prepare<[string, number], SessionRow>(
      'SELECT * FROM sessions WHERE id_hash = ? AND created_at > ?',
    )
    .get(hashSessionId(sessionId), now - SESSION_LIFETIME_MS);

  return row && toSession(row);
}

/** Stores a new session and returns the cookie value that opens it. */
export function createSession(
  db: DemoDatabase,
  userId: number | null,
  stage: SessionStage,
  now: number,
): { sessionId: string; session: Session } {
  const sessionId = randomBytes(32).toString('base64url');
  const session: Session = {
    idHash: hashSessionId(sessionId),
    userId,
    stage,
    csrfToken: randomBytes(24).toString('base64url'),
    reconfirmedAt: null,
    pendingSecret: null,
    createdAt: now,
    pendingBackupCodesDigest: null,
    emailCode: null,
  };

  db.prepare('DELETE FROM sessions WHERE created_at <= ?').run(
    now - SESSION_LIFETIME_MS,
  );
  db.prepare(
    `INSERT INTO sessions (id_hash, user_id, stage, csrf_token, created_at)
     VALUES (?, ?, ?, ?, ?)`,
  ).run(session.idHash, userId, stage, session.csrfToken, now);

  return { sessionId, session };
}

/** Removes a session, as signing out or moving to a new stage does. */
export function deleteSession(db: DemoDatabase, session: Session): void {
  db.prepare('DELETE FROM sessions WHERE id_hash = ?').run(session.idHash);
}

/** Notes that the user just typed their password again. */
export function markReconfirmed(
  db: DemoDatabase,
  session: Session,
  now: number,
): void {
  db.prepare('UPDATE sessions SET reconfirmed_at = ? WHERE id_hash = ?').run(
    now,
    session.idHash,
  );
}

/** Keeps (or with null, drops) a secret that is shown but not yet active. */
export function setPendingSecret(
  db: DemoDatabase,
  session: Session,
  secret: string | null,
): void {
  db.prepare('UPDATE sessions SET pending_secret = ? WHERE id_hash = ?').run(
    secret,
    session.idHash,
  );
}

/** Keeps (or with null, drops) the digest of backup codes being shown. */
export function setPendingBackupCodesDigest(
  db: DemoDatabase,
  session: Session,
  digest: string | null,
): void {
  db.prepare(
    'UPDATE sessions SET pending_backup_codes_digest = ? WHERE id_hash = ?',
  ).run(digest, session.idHash);
}

/** Whether a submitted form carries this session's CSRF token. */
export function isCsrfTokenValid(session: Session, token: unknown): boolean {
  if (typeof token !== 'string') {
    return false;
  }

  const expected = Buffer.from(session.csrfToken);
  const actual = Buffer.from(token);

  return actual.length === expected.length && timingSafeEqual(actual, expected);
}
