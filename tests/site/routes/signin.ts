import { Router, type Request } from 'express';
import type { SiteContext } from '../context.ts';
import { checkCsrfToken, findSignedInUser, readField } from '../guards.ts';
import { WRONG_CREDENTIALS } from '../html/messages.ts';
import { renderSigninPage } from '../pages/signin.ts';
import { verifyPassword } from '../passwords.ts';
import {
  beginSession,
  loadSession,
  replaceSession,
} from '../session-cookie.ts';
import { findUserByEmail, type User } from '../users.ts';

// The digit-box variant of the code page is chosen on the sign-in page
// already, so the query parameter is carried through both steps.
function wantsDigitBoxes(request: Request): boolean {
  return request.query.boxes === '1';
}

function findFormAction(request: Request): string {
  return wantsDigitBoxes(request) ? '/signin?boxes=1' : '/signin';
}

async function findUserByPassword(
  context: SiteContext,
  email: string,
  password: string,
): Promise<User | undefined> {
  const user = findUserByEmail(context.db, email);
  if (!user || !(await verifyPassword(password, user.passwordHash))) {
    return undefined;
  }

  return user;
}

/** The first sign-in step, and the redirect from the site root. */
export function createSigninRouter(context: SiteContext): Router {
  const router = Router();

  router.get('/', (request, response) => {
    const session = loadSession(context, request);
    const isSignedIn = session && findSignedInUser(context, session);

    response.redirect(303, isSignedIn ? '/security' : '/signin');
  });

  router.get('/signin', (request, response) => {
    const existing = loadSession(context, request);
    if (existing && findSignedInUser(context, existing)) {
      response.redirect(303, '/security');

      return;
    }

    const session =
      existing ?? beginSession(context, response, null, 'signed-out');
    const page = renderSigninPage({
      csrfToken: session.csrfToken,
      formAction: findFormAction(request),
      email: '',
    });

    response.send(page);
  });

  router.post('/signin', async (request, response) => {
    const session = loadSession(context, request);
    if (!checkCsrfToken(session, request, response)) {
      return;
    }

    const email = readField(request, 'email');
    const password = readField(request, 'password');
    const user = await findUserByPassword(context, email, password);
    if (!user) {
      const page = renderSigninPage({
        csrfToken: session.csrfToken,
        formAction: findFormAction(request),
        email,
        error: WRONG_CREDENTIALS,
      });

      response.status(401).send(page);

      return;
    }

    if (!user.isTwoStepOn) {
      replaceSession(context, response, session, user.id, 'signed-in');
      response.redirect(303, '/security');

      return;
    }

    replaceSession(context, response, session, user.id, 'password-ok');
    response.redirect(
      303,
      wantsDigitBoxes(request) ? '/signin/code?boxes=1' : '/signin/code',
    );
  });

  return router;
}
