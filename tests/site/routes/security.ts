import { Router, type Request } from 'express';
import { countUnusedBackupCodes } from '../backup-code-store.ts';
import type { SiteContext } from '../context.ts';
import { checkCsrfToken, requireSignedIn } from '../guards.ts';
import {
  renderSecurityPage,
  type BackupCodesSummary,
} from '../pages/security.ts';
import { findAdminPolicy } from '../policies.ts';
import { endSession, loadSession } from '../session-cookie.ts';
import type { User } from '../users.ts';

// Only confirm a change that really is in effect, whatever the URL says.
function findNotice(request: Request, user: User): string | undefined {
  const done = request.query.done;
  if (done === 'on' && user.isTwoStepOn) {
    return '2-Step Verification is on';
  }

  if (done === 'off' && !user.isTwoStepOn) {
    return '2-Step Verification is off';
  }

  if (done === 'backup-codes' && user.backupCodesRefreshedAt !== null) {
    return 'Your backup codes were updated';
  }

  return undefined;
}

function summarizeBackupCodes(
  context: SiteContext,
  user: User,
): BackupCodesSummary | undefined {
  if (user.backupCodesRefreshedAt === null) {
    return undefined;
  }

  return {
    unusedCount: countUnusedBackupCodes(context.db, user.id),
    refreshedAt: user.backupCodesRefreshedAt,
  };
}

/** The signed-in home page, and signing out. */
export function createSecurityRouter(context: SiteContext): Router {
  const router = Router();

  router.get('/security', (request, response) => {
    const visitor = requireSignedIn(context, request, response);
    if (!visitor) {
      return;
    }

    const { user } = visitor;
    const policy = findAdminPolicy(context.db, user.id);
    const page = renderSecurityPage({
      csrfToken: visitor.session.csrfToken,
      email: user.email,
      isTwoStepOn: user.isTwoStepOn,
      isTwoStepRequired: policy?.isTwoStepRequired ?? false,
      backupCodes: summarizeBackupCodes(context, user),
      notice: findNotice(request, user),
    });

    response.send(page);
  });

  router.post('/signout', (request, response) => {
    const session = loadSession(context, request);
    if (!session) {
      response.redirect(303, '/signin');

      return;
    }

    if (!checkCsrfToken(session, request, response)) {
      return;
    }

    endSession(context, response, session);
    response.redirect(303, '/signin');
  });

  return router;
}
