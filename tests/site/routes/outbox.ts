import { Router } from 'express';
import type { SiteContext } from '../context.ts';
import { listMessages } from '../outbox.ts';
import { renderOutboxPage } from '../pages/outbox.ts';

/**
 * The outbox, open without signing in: it stands in for the users'
 * mailboxes, and the site only listens on the loopback address.
 */
export function createOutboxRouter(context: SiteContext): Router {
  const router = Router();

  router.get('/outbox', (_request, response) => {
    response.send(renderOutboxPage(listMessages(context.db)));
  });

  return router;
}
