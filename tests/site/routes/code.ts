import { Router, type Request, type Response } from 'express';
import type { SiteContext } from '../context.ts';
import { checkCsrfToken, readField } from '../guards.ts';
import { describeCodeCheck } from '../html/messages.ts';
import { renderCodePage } from '../pages/code.ts';
import {
  finishSignIn,
  requirePasswordOk,
  type PasswordOk,
} from '../second-step.ts';
import { checkCode, type CodeCheck } from '../totp.ts';
import { claimTimeStep } from '../users.ts';

function checkAndClaimCode(
  context: SiteContext,
  visitor: PasswordOk,
  typedCode: string,
): CodeCheck {
  const { user, secret } = visitor;
  const check = checkCode(secret, typedCode, context.now(), user.lastUsedStep);
  if (check.outcome !== 'accepted') {
    return check;
  }

  // A parallel request may have used the same step a moment ago.
  if (!claimTimeStep(context.db, user.id, check.step)) {
    return { outcome: 'already-used' };
  }

  return check;
}

function sendCodePage(
  request: Request,
  response: Response,
  visitor: PasswordOk,
  error?: string,
): void {
  const page = renderCodePage({
    csrfToken: visitor.session.csrfToken,
    email: visitor.user.email,
    useDigitBoxes: request.query.boxes === '1',
    error,
  });

  response.status(error ? 400 : 200).send(page);
}

/** The second sign-in step: a code from the authenticator app. */
export function createCodeRouter(context: SiteContext): Router {
  const router = Router();

  router.get('/signin/code', (request, response) => {
    const visitor = requirePasswordOk(context, request, response);
    if (!visitor) {
      return;
    }

    sendCodePage(request, response, visitor);
  });

  router.post('/signin/code', (request, response) => {
    const visitor = requirePasswordOk(context, request, response);
    if (!visitor || !checkCsrfToken(visitor.session, request, response)) {
      return;
    }

    const check = checkAndClaimCode(
      context,
      visitor,
      readField(request, 'code'),
    );
    const error = describeCodeCheck(check);
    if (error) {
      sendCodePage(request, response, visitor, error);

      return;
    }

    finishSignIn(context, response, visitor);
  });

  return router;
}
