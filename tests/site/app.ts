import express, {
  type NextFunction,
  type Request,
  type Response,
} from 'express';
import type { SiteContext } from './context.ts';
import { html } from './html/html.ts';
import { renderPage } from './html/layout.ts';
import { createBackupCodesRouter } from './routes/backup-codes.ts';
import { createCodeRouter } from './routes/code.ts';
import { createHelpRouter } from './routes/help.ts';
import { createOtherMethodsRouter } from './routes/other-methods.ts';
import { createOutboxRouter } from './routes/outbox.ts';
import { createPrivacyRouter } from './routes/privacy.ts';
import { createReconfirmRouter } from './routes/reconfirm.ts';
import { createSecurityRouter } from './routes/security.ts';
import { createSetupRouter } from './routes/setup.ts';
import { createSigninRouter } from './routes/signin.ts';
import { createTurnOffRouter } from './routes/turn-off.ts';

function setSecurityHeaders(
  _request: Request,
  response: Response,
  next: NextFunction,
): void {
  // Pages show secrets and CSRF tokens, so no cache may keep them.
  response.set('Cache-Control', 'no-store');
  response.set('X-Frame-Options', 'DENY');
  response.set('Referrer-Policy', 'no-referrer');
  next();
}

function onNotFound(_request: Request, response: Response): void {
  const body = html`<h1>Page not found</h1>
    <p><a href="/">Go to the start page</a></p>`;

  response.status(404).send(renderPage('Page not found', body));
}

function onError(
  error: unknown,
  _request: Request,
  response: Response,
  // Express tells error handlers apart by their four parameters.
  _next: NextFunction,
): void {
  // A failure here is a bug in the demo site; whoever runs it should see it.
  const detail = error instanceof Error ? error.stack : String(error);
  process.stderr.write(`Demo site error: ${detail}\n`);

  const body = html`<h1>Something went wrong</h1>
    <p>Go back and try again.</p>`;

  response.status(500).send(renderPage('Something went wrong', body));
}

/** Wires the demo site's routes into an Express app. */
export function createApp(context: SiteContext): express.Express {
  const app = express();

  app.disable('x-powered-by');
  app.use(setSecurityHeaders);
  app.use(express.urlencoded({ extended: false, limit: '10kb' }));
  app.use(createSigninRouter(context));
  app.use(createCodeRouter(context));
  app.use(createOtherMethodsRouter(context));
  app.use(createSecurityRouter(context));
  app.use(createReconfirmRouter(context));
  app.use(createSetupRouter(context));
  app.use(createTurnOffRouter(context));
  app.use(createBackupCodesRouter(context));
  app.use(createPrivacyRouter(context));
  app.use(createOutboxRouter(context));
  app.use(createHelpRouter());
  app.use(onNotFound);
  app.use(onError);

  return app;
}
