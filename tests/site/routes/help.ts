import { Router } from 'express';
import { allowSameOriginFraming } from '../frames.ts';
import { renderAppPage, renderPlainHelpPage } from '../pages/help.ts';
import { renderQrFramePage } from '../pages/qr-frame.ts';
import {
  findQrTheme,
  parseQrForm,
  renderQrCode,
  type QrSource,
} from '../qr.ts';

/** Where the app-store QR codes lead: a web link, not an enrollment. */
export const APP_STORE_URL = 'https://apps.example.com/twostep-demo';

/** The app-store QR code, which setup pages also show as a decoy. */
export const APP_STORE_QR: QrSource = {
  text: APP_STORE_URL,
  label: 'QR code to get our app',
  framePath: '/help/app/qr-frame',
};

/** Pages that look like setup pages but must not offer an enrollment. */
export function createHelpRouter(): Router {
  const router = Router();

  router.get('/help/app', async (request, response) => {
    const form = parseQrForm(request.query.qr);
    const appQr = await renderQrCode(APP_STORE_QR, form);

    response.send(renderAppPage(appQr, findQrTheme(form)));
  });

  router.get('/help/app/qr-frame', async (_request, response) => {
    const appQr = await renderQrCode(APP_STORE_QR, 'img');

    allowSameOriginFraming(response);
    response.send(renderQrFramePage(appQr));
  });

  router.get('/help/plain', (_request, response) => {
    response.send(renderPlainHelpPage());
  });

  return router;
}
