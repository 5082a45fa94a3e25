import { Router } from 'express';
import { renderAppPage, renderPlainHelpPage } from '../pages/help.ts';
import { parseQrForm, renderQrCode } from '../qr.ts';

/** Where the app-store QR codes lead: a web link, not an enrollment. */
export const APP_STORE_URL = 'https://apps.example.com/twostep-demo';

/** Pages that look like setup pages but must not offer an enrollment. */
export function createHelpRouter(): Router {
  const router = Router();

  router.get('/help/app', async (request, response) => {
    const form = parseQrForm(request.query.qr);
    const appQr = await renderQrCode(
      APP_STORE_URL,
      form,
      'QR code to get our app',
    );

    response.send(renderAppPage(appQr));
  });

  router.get('/help/plain', (_request, response) => {
    response.send(renderPlainHelpPage());
  });

  return router;
}
