import type { Request, Response } from 'express';
import type { SiteContext } from './context.ts';
import { loadSession, replaceSession } from './session-cookie.ts';
import type { Session } from './sessions.ts';
import { findUserById, type User } from './users.ts';

/** A visitor who typed the right password and owes a second step. */
export interface PasswordOk {
  session: Session;
  user: User;
  /** The authenticator app's Base32 secret. */
  secret: string;
}

// Only a session that passed the password step, for an account that
// still has a secret, may see or post a second-step page.
function findPasswordOk(
  context: SiteContext,
  request: Request,
): PasswordOk | undefined {
  const session = loadSession(context, request);
  if (session?.stage !== 'password-ok' || session.userId === null) {
    return undefined;
  }

  const user = findUserById(context.db, session.userId);
  if (!user?.isTwoStepOn || !user.totpSecret) {
    return undefined;
  }

  return { session, user, secret: user.totpSecret };
}

/** The visitor owing a second step, or undefined after sending to sign-in. */
export function requirePasswordOk(
  context: SiteContext,
  request: Request,
  response: Response,
): PasswordOk | undefined {
  const visitor = findPasswordOk(context, request);
  if (!visitor) {
    response.redirect(303, '/signin');
  }

  return visitor;
}

/** Signs the visitor in, under a new session, and opens their account. */
export function finishSignIn(
  context: SiteContext,
  response: Response,
  visitor: PasswordOk,
): void {
  const { session, user } = visitor;

  replaceSession(context, response, session, user.id, 'signed-in');
  response.redirect(303, '/security');
}
