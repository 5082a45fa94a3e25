import { Router, type Request, type Response } from 'express';
import type { SiteContext } from '../context.ts';
import {
  buildReconfirmPath,
  checkCsrfToken,
  readField,
  requireSignedIn,
  type SignedIn,
} from '../guards.ts';
import { WRONG_PASSWORD } from '../html/messages.ts';
import { verifyPassword } from '../passwords.ts';
import { renderReconfirmPage } from '../pages/reconfirm.ts';
import { markReconfirmed } from '../sessions.ts';

// Only paths under /security may be returned to, never another site:
// `//host` and `/\host` are read by browsers as other origins.
function readNextPath(request: Request): string {
  const next = request.query.next;
  const isLocal =
    typeof next === 'string' &&
    next.startsWith('/security/') &&
    !next.startsWith('//') &&
    !next.includes('\\');

  return isLocal ? next : '/security';
}

function sendReconfirmPage(
  request: Request,
  response: Response,
  visitor: SignedIn,
  error?: string,
): void {
  const page = renderReconfirmPage({
    csrfToken: visitor.session.csrfToken,
    email: visitor.user.email,
    formAction: buildReconfirmPath(readNextPath(request)),
    error,
  });

  response.status(error ? 401 : 200).send(page);
}

/** Asks for the password again before 2-Step Verification changes. */
export function createReconfirmRouter(context: SiteContext): Router {
  const router = Router();

  router.get('/security/reconfirm', (request, response) => {
    const visitor = requireSignedIn(context, request, response);
    if (!visitor) {
      return;
    }

    sendReconfirmPage(request, response, visitor);
  });

  router.post('/security/reconfirm', async (request, response) => {
    const visitor = requireSignedIn(context, request, response);
    if (!visitor || !checkCsrfToken(visitor.session, request, response)) {
      return;
    }

    const password = readField(request, 'password');
    const { passwordHash } = visitor.user;
    if (!(await verifyPassword(password, passwordHash))) {
      sendReconfirmPage(request, response, visitor, WRONG_PASSWORD);

      return;
    }

    markReconfirmed(context.db, visitor.session, context.now());
    response.redirect(303, readNextPath(request));
  });

  return router;
}
