import { Router, type Request } from 'express';
import type { SiteContext } from '../context.ts';
import {
  checkCsrfToken,
  hasField,
  readField,
  requireSignedIn,
} from '../guards.ts';
import { renderManagedPage } from '../pages/managed.ts';
import { renderPrivacyPage } from '../pages/privacy.ts';
import { findAdminPolicy } from '../policies.ts';
import { findPrivacyChoices, savePrivacyChoices } from '../privacy.ts';

const ANALYTICS_MANAGED =
  'Your administrator decides whether usage analytics are collected ' +
  'for this account.';

// A checkbox is posted only when ticked.
function isTicked(request: Request, name: string): boolean {
  return readField(request, name) !== '';
}

/** The product privacy page, where optional data collection is chosen. */
export function createPrivacyRouter(context: SiteContext): Router {
  const router = Router();

  router.get('/privacy', (request, response) => {
    const visitor = requireSignedIn(context, request, response);
    if (!visitor) {
      return;
    }

    const policy = findAdminPolicy(context.db, visitor.user.id);
    const page = renderPrivacyPage({
      csrfToken: visitor.session.csrfToken,
      choices: findPrivacyChoices(context.db, visitor.user.id, policy),
      isUsageAnalyticsManaged: policy !== undefined,
      notice:
        request.query.done === 'saved' ? 'Your choices were saved' : undefined,
    });

    response.send(page);
  });

  router.post('/privacy', (request, response) => {
    const visitor = requireSignedIn(context, request, response);
    if (!visitor || !checkCsrfToken(visitor.session, request, response)) {
      return;
    }

    // Browsers never post a disabled checkbox, so one posted for a
    // managed setting was forged, and is refused rather than ignored.
    const policy = findAdminPolicy(context.db, visitor.user.id);
    if (policy && hasField(request, 'usage-analytics')) {
      response.status(403).send(renderManagedPage(ANALYTICS_MANAGED));

      return;
    }

    savePrivacyChoices(context.db, visitor.user.id, {
      isUsageAnalyticsOn: policy
        ? undefined
        : isTicked(request, 'usage-analytics'),
      isErrorReportsOn: isTicked(request, 'error-reports'),
    });
    response.redirect(303, '/privacy?done=saved');
  });

  return router;
}
