import { randomInt } from 'node:crypto';
import type { DemoDatabase } from './db.ts';
import { digestText, isSameDigest } from './digests.ts';
import { sendMessage } from './outbox.ts';
import type { Session } from './sessions.ts';

/** What checking an e-mailed code found; each is a normal result. */
export type EmailCodeCheck = 'accepted' | 'wrong' | 'expired' | 'too-many';

const LIFETIME_MS = 10 * 60 * 1000;
const MAX_WRONG_ATTEMPTS = 5;

/** Hides most of an address, as `a…@example.com`, before it is shown. */
export function maskEmail(email: string): string {
  const at = email.lastIndexOf('@');

  return `${email.slice(0, 1)}…${email.slice(at)}`;
}

/**
 * Sends a new six-digit sign-in code for a session, valid ten minutes.
 * Only the session that asked can use it; a new one replaces the last.
 */
export function sendEmailCode(
  db: DemoDatabase,
  session: Session,
  recipient: string,
  now: number,
): void {
  const code = randomInt(10 ** 6)
    .toString()
    .padStart(6, '0');

  db.prepare(
    `UPDATE sessions SET email_code_hash = ?, email_code_expires_at = ?,
       email_code_attempts = 0
     WHERE id_hash = ?`,
  ).run(digestText(code), now + LIFETIME_MS, session.idHash);
  sendMessage(db, {
    recipient,
    subject: 'Your Twostep Demo sign-in code',
    body:
      `Your sign-in code is ${code}. It expires in 10 minutes. ` +
      "If you didn't try to sign in, change your password.",
    sentAt: now,
  });
}

function forgetEmailCode(db: DemoDatabase, session: Session): boolean {
  const result = db
    .prepare(
      `UPDATE sessions SET email_code_hash = NULL,
         email_code_expires_at = NULL
       WHERE id_hash = ? AND email_code_hash IS NOT NULL`,
    )
    .run(session.idHash);

  return result.changes === 1;
}

// A six-digit code could be guessed, so a few wrong tries void it.
function countWrongAttempt(db: DemoDatabase, session: Session): void {
  db.prepare(
    `UPDATE sessions SET email_code_attempts = email_code_attempts + 1
     WHERE id_hash = ?`,
  ).run(session.idHash);
}

/** Checks a typed code against the one sent; it works once. */
export function checkEmailCode(
  db: DemoDatabase,
  session: Session,
  typedCode: string,
  now: number,
): EmailCodeCheck {
  const sent = session.emailCode;
  if (!sent || now >= sent.expiresAt) {
    return 'expired';
  }

  if (sent.wrongAttempts >= MAX_WRONG_ATTEMPTS) {
    return 'too-many';
  }

  const code = typedCode.replace(/\s/g, '');
  if (!/^\d{6}$/.test(code) || !isSameDigest(digestText(code), sent.hash)) {
    countWrongAttempt(db, session);

    return 'wrong';
  }

  // Forgetting it is the claim: a parallel request finds it gone.
  return forgetEmailCode(db, session) ? 'accepted' : 'expired';
}
