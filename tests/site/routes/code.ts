import { Router, type Request, type Response } from 'express';
import type { SiteContext } from '../context.ts';
import { checkCsrfToken, readField } from '../guards.ts';
import { describeCodeCheck } from '../html/messages.ts';
import { renderCodePage } from '../pages/code.ts';
import { loadSession, replaceSession } from '../session-cookie.ts';
import type { Session } from '../sessions.ts';
import { checkCode, type CodeCheck } from '../totp.ts';
import { claimTimeStep, findUserById, type User } from '../users.ts';

interface PasswordOk {
  session: Session;
  user: User;
  secret: string;
}

// Only a session that passed the password step, for an account that
// still has a secret, may see or post the code page.
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
    const visitor = findPasswordOk(context, request);
    if (!visitor) {
      response.redirect(303, '/signin');

      return;
    }

    sendCodePage(request, response, visitor);
  });

  router.post('/signin/code', (request, response) => {
    const visitor = findPasswordOk(context, request);
    if (!visitor) {
      response.redirect(303, '/signin');

      return;
    }

    if (!checkCsrfToken(visitor.session, request, response)) {
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

    replaceSession(
      context,
      response,
      visitor.session,
      visitor.user.id,
      'signed-in',
    );
    response.redirect(303, '/security');
  });

  return router;
}
