import { Router, type Request, type Response } from 'express';
import type { SiteContext } from '../context.ts';
import { allowSameOriginFraming } from '../frames.ts';
import {
  checkCsrfToken,
  readField,
  requireReconfirmed,
  type SignedIn,
} from '../guards.ts';
import { describeCodeCheck } from '../html/messages.ts';
import { renderQrFramePage } from '../pages/qr-frame.ts';
import { renderSetupPage } from '../pages/setup.ts';
import {
  findQrTheme,
  parseQrForm,
  renderQrCode,
  type QrSource,
} from '../qr.ts';
import { setPendingSecret } from '../sessions.ts';
import {
  buildOtpauthUri,
  checkCode,
  formatSetupKey,
  generateSecret,
} from '../totp.ts';
import { turnOnTwoStep } from '../users.ts';
import { APP_STORE_QR } from './help.ts';

// The same secret is shown until it is verified or the session ends, so
// reloading the page, or switching how the QR code is drawn, keeps it.
function findPendingSecret(context: SiteContext, visitor: SignedIn): string {
  const existing = visitor.session.pendingSecret;
  if (existing) {
    return existing;
  }

  const secret = generateSecret();
  setPendingSecret(context.db, visitor.session, secret);

  return secret;
}

function findEnrollmentQr(visitor: SignedIn, secret: string): QrSource {
  return {
    text: buildOtpauthUri(visitor.user.email, secret),
    label: 'QR code',
    framePath: '/security/2sv/qr-frame',
  };
}

async function sendSetupPage(
  request: Request,
  response: Response,
  visitor: SignedIn,
  secret: string,
  error?: string,
): Promise<void> {
  const form = parseQrForm(request.query.qr);
  const hasDecoy = request.query.decoy === '1';
  const page = renderSetupPage({
    csrfToken: visitor.session.csrfToken,
    email: visitor.user.email,
    enrollmentQr: await renderQrCode(findEnrollmentQr(visitor, secret), form),
    decoyQr: hasDecoy ? await renderQrCode(APP_STORE_QR, form) : undefined,
    theme: findQrTheme(form),
    setupKey: formatSetupKey(secret),
    formAction: request.originalUrl,
    error,
  });

  response.status(error ? 400 : 200).send(page);
}

/** Sets up an authenticator app: shows a new secret, then checks a code. */
export function createSetupRouter(context: SiteContext): Router {
  const router = Router();

  router.get('/security/2sv/setup', async (request, response) => {
    const visitor = requireReconfirmed(context, request, response);
    if (!visitor) {
      return;
    }

    const secret = findPendingSecret(context, visitor);
    await sendSetupPage(request, response, visitor, secret);
  });

  // The iframe form of the setup page shows the code from here.
  router.get('/security/2sv/qr-frame', async (request, response) => {
    const visitor = requireReconfirmed(context, request, response);
    if (!visitor) {
      return;
    }

    const secret = findPendingSecret(context, visitor);
    const qr = await renderQrCode(findEnrollmentQr(visitor, secret), 'img');

    allowSameOriginFraming(response);
    response.send(renderQrFramePage(qr));
  });

  router.post('/security/2sv/setup', async (request, response) => {
    const visitor = requireReconfirmed(context, request, response);
    if (!visitor || !checkCsrfToken(visitor.session, request, response)) {
      return;
    }

    const secret = visitor.session.pendingSecret;
    if (!secret) {
      response.redirect(303, request.originalUrl);

      return;
    }

    const typedCode = readField(request, 'code');
    const check = checkCode(secret, typedCode, context.now(), null);
    if (check.outcome !== 'accepted') {
      const error = describeCodeCheck(check);
      await sendSetupPage(request, response, visitor, secret, error);

      return;
    }

    turnOnTwoStep(context.db, visitor.user.id, secret, check.step);
    setPendingSecret(context.db, visitor.session, null);
    response.redirect(303, '/security?done=on');
  });

  return router;
}
