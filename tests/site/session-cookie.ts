import type { Request, Response } from 'express';
import type { SiteContext } from './context.ts';
import {
  createSession,
  deleteSession,
  findSession,
  type Session,
  type SessionStage,
} from './sessions.ts';

const SESSION_COOKIE = 'twostep_demo_session';

function readCookie(request: Request, name: string): string | undefined {
  const pairs = request.headers.cookie?.split(';') ?? [];

  for (const pair of pairs) {
    const [key, ...value] = pair.trim().split('=');
    if (key === name) {
      return value.join('=');
    }
  }

  return undefined;
}

/** The session named by the request's cookie, if it is still live. */
export function loadSession(
  context: SiteContext,
  request: Request,
): Session | undefined {
  const sessionId = readCookie(request, SESSION_COOKIE);
  if (!sessionId) {
    return undefined;
  }

  return findSession(context.db, sessionId, context.now());
}

/** Starts a session under a fresh cookie, replacing any earlier one. */
export function beginSession(
  context: SiteContext,
  response: Response,
  userId: number | null,
  stage: SessionStage,
): Session {
  const created = createSession(context.db, userId, stage, context.now());

  response.cookie(SESSION_COOKIE, created.sessionId, {
    httpOnly: true,
    sameSite: 'lax',
    path: '/',
  });

  return created.session;
}

/** Moves a visitor to a new stage under a new cookie, against fixation. */
export function replaceSession(
  context: SiteContext,
  response: Response,
  previous: Session,
  userId: number,
  stage: SessionStage,
): Session {
  deleteSession(context.db, previous);

  return beginSession(context, response, userId, stage);
}

/** Deletes a session and tells the browser to drop its cookie. */
export function endSession(
  context: SiteContext,
  response: Response,
  session: Session,
): void {
  deleteSession(context.db, session);
  response.clearCookie(SESSION_COOKIE, { path: '/' });
}
