import { Router, type Response } from 'express';
import {
  countUnusedBackupCodes,
  saveBackupCodes,
} from '../backup-code-store.ts';
import {
  digestBackupCodes,
  generateBackupCodes,
  parseBackupCodes,
} from '../backup-codes.ts';
import type { SiteContext } from '../context.ts';
import { isSameDigest } from '../digests.ts';
import {
  checkCsrfToken,
  readField,
  requireReconfirmed,
  requireSignedIn,
  type SignedIn,
} from '../guards.ts';
import { renderBackupCodesPage } from '../pages/backup-codes.ts';
import { setPendingBackupCodesDigest } from '../sessions.ts';

const NOT_TICKED = 'Tick the box to confirm you saved the new codes.';

function sendBackupCodesPage(
  context: SiteContext,
  response: Response,
  visitor: SignedIn,
  codes: readonly string[],
  error?: string,
): void {
  const page = renderBackupCodesPage({
    csrfToken: visitor.session.csrfToken,
    codes,
    refreshedAt: context.now(),
    hasOldCodes: countUnusedBackupCodes(context.db, visitor.user.id) > 0,
    error,
  });

  response.status(error ? 400 : 200).send(page);
}

// The codes come back from the page itself, so only their digest is kept
// meanwhile; it also proves they are the batch this session was shown.
function isShownBatch(visitor: SignedIn, codes: readonly string[]): boolean {
  const digest = visitor.session.pendingBackupCodesDigest;

  return digest !== null && isSameDigest(digestBackupCodes(codes), digest);
}

/** Shows a new batch of backup codes, and saves it once confirmed. */
export function createBackupCodesRouter(context: SiteContext): Router {
  const router = Router();

  router.get('/security/backup-codes', (request, response) => {
    const visitor = requireReconfirmed(context, request, response);
    if (!visitor) {
      return;
    }

    // Each visit shows a fresh batch: nothing changes until Update.
    const codes = generateBackupCodes();
    const digest = digestBackupCodes(codes);
    setPendingBackupCodesDigest(context.db, visitor.session, digest);
    sendBackupCodesPage(context, response, visitor, codes);
  });

  // Only signed in, not reconfirmed: the batch was made after the password
  // was typed, and asking again now would show a new batch to save.
  router.post('/security/backup-codes', async (request, response) => {
    const visitor = requireSignedIn(context, request, response);
    if (!visitor || !checkCsrfToken(visitor.session, request, response)) {
      return;
    }

    const codes = parseBackupCodes(readField(request, 'codes'));
    if (!codes || !isShownBatch(visitor, codes)) {
      response.redirect(303, '/security/backup-codes');

      return;
    }

    if (readField(request, 'saved') === '') {
      sendBackupCodesPage(context, response, visitor, codes, NOT_TICKED);

      return;
    }

    const { db } = context;
    await saveBackupCodes(db, visitor.user.id, codes, context.now());
    setPendingBackupCodesDigest(db, visitor.session, null);
    response.redirect(303, '/security?done=backup-codes');
  });

  return router;
}
