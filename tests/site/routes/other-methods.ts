import { Router, type Response } from 'express';
import { useBackupCode } from '../backup-code-store.ts';
import { normalizeBackupCode } from '../backup-codes.ts';
import type { SiteContext } from '../context.ts';
import { checkEmailCode, maskEmail, sendEmailCode } from '../email-codes.ts';
import { checkCsrfToken, readField } from '../guards.ts';
import {
  describeBackupCodeCheck,
  describeEmailCodeCheck,
} from '../html/messages.ts';
import {
  renderBackupCodeSigninPage,
  renderChoicePage,
  renderEmailCodePage,
  type OtherMethodView,
} from '../pages/other-methods.ts';
import {
  finishSignIn,
  requirePasswordOk,
  type PasswordOk,
} from '../second-step.ts';

type OtherMethodPage = (view: OtherMethodView) => string;

function sendPage(
  response: Response,
  renderPage: OtherMethodPage,
  visitor: PasswordOk,
  error?: string,
): void {
  const page = renderPage({
    csrfToken: visitor.session.csrfToken,
    email: visitor.user.email,
    maskedEmail: maskEmail(visitor.user.email),
    error,
  });

  response.status(error ? 400 : 200).send(page);
}

/** Second steps for when the authenticator app is not at hand. */
export function createOtherMethodsRouter(context: SiteContext): Router {
  const router = Router();

  router.get('/signin/code/other', (request, response) => {
    const visitor = requirePasswordOk(context, request, response);
    if (visitor) {
      sendPage(response, renderChoicePage, visitor);
    }
  });

  router.post('/signin/code/email/send', (request, response) => {
    const visitor = requirePasswordOk(context, request, response);
    if (!visitor || !checkCsrfToken(visitor.session, request, response)) {
      return;
    }

    const { session, user } = visitor;
    sendEmailCode(context.db, session, user.email, context.now());
    response.redirect(303, '/signin/code/email');
  });

  router.get('/signin/code/email', (request, response) => {
    const visitor = requirePasswordOk(context, request, response);
    if (!visitor) {
      return;
    }

    if (!visitor.session.emailCode) {
      response.redirect(303, '/signin/code/other');

      return;
    }

    sendPage(response, renderEmailCodePage, visitor);
  });

  router.post('/signin/code/email', (request, response) => {
    const visitor = requirePasswordOk(context, request, response);
    if (!visitor || !checkCsrfToken(visitor.session, request, response)) {
      return;
    }

    const typedCode = readField(request, 'email-code');
    const check = checkEmailCode(
      context.db,
      visitor.session,
      typedCode,
      context.now(),
    );
    const error = describeEmailCodeCheck(check);
    if (error) {
      sendPage(response, renderEmailCodePage, visitor, error);

      return;
    }

    finishSignIn(context, response, visitor);
  });

  router.get('/signin/code/backup', (request, response) => {
    const visitor = requirePasswordOk(context, request, response);
    if (visitor) {
      sendPage(response, renderBackupCodeSigninPage, visitor);
    }
  });

  router.post('/signin/code/backup', async (request, response) => {
    const visitor = requirePasswordOk(context, request, response);
    if (!visitor || !checkCsrfToken(visitor.session, request, response)) {
      return;
    }

    const code = normalizeBackupCode(readField(request, 'backup-code'));
    const check = code
      ? await useBackupCode(context.db, visitor.user, code, context.now())
      : 'wrong';
    const error = describeBackupCodeCheck(check);
    if (error) {
      sendPage(response, renderBackupCodeSigninPage, visitor, error);

      return;
    }

    finishSignIn(context, response, visitor);
  });

  return router;
}
