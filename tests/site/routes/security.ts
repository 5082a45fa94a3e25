import { Router, type Request } from 'express';
import type { SiteContext } from '../context.ts';
import { checkCsrfToken, requireSignedIn } from '../guards.ts';
import { renderSecurityPage } from '../pages/security.ts';
import { endSession, loadSession } from '../session-cookie.ts';
import type { User } from '../users.ts';

// Only confirm a change that really is in effect, whatever the URL says.
function findNotice(request: Request, user: User): string | undefined {
  const done = request.query.done;
  if (done === 'on' && user.isTwoStepOn) {
    return '2-Step Verification is on';
  }

  if (done === 'off' && !user.isTwoStepOn) {
    return '2-Step Verification is off';
  }

  return undefined;
}

/** The signed-in home page, and signing out. */
export function createSecurityRouter(context: SiteContext): Router {
  const router = Router();

  router.get('/security', (request, response) => {
    const visitor = requireSignedIn(context, request, response);
    if (!visitor) {
      return;
    }

    const page = renderSecurityPage({
      csrfToken: visitor.session.csrfToken,
      email: visitor.user.email,
      isTwoStepOn: visitor.user.isTwoStepOn,
      notice: findNotice(request, visitor.user),
    });

    response.send(page);
  });

  router.post('/signout', (request, response) => {
    const session = loadSession(context, request);
    if (!session) {
      response.redirect(303, '/signin');

      return;
    }

    if (!checkCsrfToken(session, request, response)) {
      return;
    }

    endSession(context, response, session);
    response.redirect(303, '/signin');
  });

  return router;
}
