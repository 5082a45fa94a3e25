import { Router, type Request, type Response } from 'express';
import type { SiteContext } from '../context.ts';
import {
  checkCsrfToken,
  checkReconfirmed,
  requireSignedIn,
  type SignedIn,
} from '../guards.ts';
import { renderManagedPage } from '../pages/managed.ts';
import { renderTurnOffPage } from '../pages/turn-off.ts';
import { findAdminPolicy } from '../policies.ts';
import { turnOffTwoStep } from '../users.ts';

const REQUIRED_BY_ADMIN =
  'Your administrator requires 2-Step Verification for this account, ' +
  'so it cannot be turned off.';

// Refused before the password is asked for: typing it would change nothing.
function requireMayTurnOff(
  context: SiteContext,
  request: Request,
  response: Response,
): SignedIn | undefined {
  const visitor = requireSignedIn(context, request, response);
  if (!visitor) {
    return undefined;
  }

  const policy = findAdminPolicy(context.db, visitor.user.id);
  if (policy?.isTwoStepRequired) {
    response.status(403).send(renderManagedPage(REQUIRED_BY_ADMIN));

    return undefined;
  }

  return checkReconfirmed(context, request, response, visitor)
    ? visitor
    : undefined;
}

/** Turns 2-Step Verification off after the password is typed again. */
export function createTurnOffRouter(context: SiteContext): Router {
  const router = Router();

  router.get('/security/2sv/off', (request, response) => {
    const visitor = requireMayTurnOff(context, request, response);
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
    const visitor = requireMayTurnOff(context, request, response);
    if (!visitor || !checkCsrfToken(visitor.session, request, response)) {
      return;
    }

    turnOffTwoStep(context.db, visitor.user.id);
    response.redirect(303, '/security?done=off');
  });

  return router;
}
