import type { Request, Response } from 'express';
import type { SiteContext } from './context.ts';
import { html } from './html/html.ts';
import { renderPage } from './html/layout.ts';
import { loadSession } from './session-cookie.ts';
import { isCsrfTokenValid, type Session } from './sessions.ts';
import { findUserById, type User } from './users.ts';

const RECONFIRM_LIFETIME_MS = 10 * 60 * 1000;

/** A signed-in visitor's session and account. */
export interface SignedIn {
  session: Session;
  user: User;
}

function readBody(request: Request): Record<string, unknown> {
  const body: unknown = request.body;

  return typeof body === 'object' && body !== null
    ? (body as Record<string, unknown>)
    : {};
}

/** Reads a text field of a posted form, or '' when it is missing. */
export function readField(request: Request, name: string): string {
  const value = readBody(request)[name];

  return typeof value === 'string' ? value : '';
}

/** Whether a posted form has a field at all, even an empty one. */
export function hasField(request: Request, name: string): boolean {
  return Object.hasOwn(readBody(request), name);
}

/** The account of a session that finished both sign-in steps. */
export function findSignedInUser(
  context: SiteContext,
  session: Session,
): User | undefined {
  if (session.stage !== 'signed-in' || session.userId === null) {
    return undefined;
  }

  return findUserById(context.db, session.userId);
}

/** The signed-in visitor, or undefined after redirecting to sign-in. */
export function requireSignedIn(
  context: SiteContext,
  request: Request,
  response: Response,
): SignedIn | undefined {
  const session = loadSession(context, request);
  const user = session && findSignedInUser(context, session);
  if (!session || !user) {
    response.redirect(303, '/signin');

    return undefined;
  }

  return { session, user };
}

/** Whether the posted form is this session's; answers 403 if not. */
export function checkCsrfToken(
  session: Session | undefined,
  request: Request,
  response: Response,
): session is Session {
  const token = readField(request, 'csrf');
  if (session && isCsrfTokenValid(session, token)) {
    return true;
  }

  const body = html`<h1>This form has expired</h1>
    <p>Go back, reload the page and try again.</p>`;

  response.status(403).send(renderPage('Form expired', body));

  return false;
}

/** The page address that asks for the password, then returns to a path. */
export function buildReconfirmPath(nextPath: string): string {
  return `/security/reconfirm?next=${encodeURIComponent(nextPath)}`;
}

/** Whether the password was typed again in the last ten minutes. */
function isRecentlyReconfirmed(
  context: SiteContext,
  session: Session,
): boolean {
  const reconfirmedAt = session.reconfirmedAt ?? -Infinity;

  return context.now() - reconfirmedAt < RECONFIRM_LIFETIME_MS;
}

/**
 * Whether a signed-in visitor typed the password again lately; if not,
 * redirects to ask for it, then back to this page.
 */
export function checkReconfirmed(
  context: SiteContext,
  request: Request,
  response: Response,
  visitor: SignedIn,
): boolean {
  if (isRecentlyReconfirmed(context, visitor.session)) {
    return true;
  }

  response.redirect(303, buildReconfirmPath(request.originalUrl));

  return false;
}

/** The signed-in visitor, if the password was typed again lately. */
export function requireReconfirmed(
  context: SiteContext,
  request: Request,
  response: Response,
): SignedIn | undefined {
  const visitor = requireSignedIn(context, request, response);
  if (!visitor || !checkReconfirmed(context, request, response, visitor)) {
    return undefined;
  }

  return visitor;
}
