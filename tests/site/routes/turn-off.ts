import { Router } from 'express';
import type { SiteContext } from '../context.ts';
import { checkCsrfToken, requireReconfirmed } from '../guards.ts';
import { renderTurnOffPage } from '../pages/turn-off.ts';
import { turnOffTwoStep } from '../users.ts';

/** Turns 2-Step Verification off after the password is typed again. */
export function createTurnOffRouter(context: SiteContext): Router {
  const router = Router();

  router.get('/security/2sv/off', (request, response) => {
    const visitor = requireReconfirmed(context, request, response);
    if (!visitor) {
      return;
    }

    if (!visitor.user.isTwoStepOn) {
      response.redirect(303, '/security');

      return;
    }

    response.send(renderTurnOffPage(visitor.session.csrfToken));
  });

  router.post('/security/2sv/off', (request, response) => {
    const visitor = requireReconfirmed(context, request, response);
    if (!visitor || !checkCsrfToken(visitor.session, request, response)) {
      return;
    }

    turnOffTwoStep(context.db, visitor.user.id);
    response.redirect(303, '/security?done=off');
  });

  return router;
}
