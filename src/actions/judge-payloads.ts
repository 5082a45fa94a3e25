import type { ScanOutcome } from '../messages';
import { readMigrationPayload, readOtpauthUri } from '../otp';
import type { AccountDraft } from '../otp/types';
import { draftFromSetupKey, SETUP_KEY_NOTE } from '../qr/setup-key-draft';

export const NO_QR_MESSAGE =
  'No QR code found on this page. Open the page that shows the QR code ' +
  'for setting up 2-step verification, make sure the code is visible, ' +
  'and try again.';

/** Keeps the enrollment codes among the payloads, or explains why none is. */
export function judgePayloads(
  payloads: string[],
  site: string | null,
): ScanOutcome {
  if (payloads.length === 0) {
    return { status: 'problem', message: NO_QR_MESSAGE };
  }

  const accounts: AccountDraft[] = [];
  const notes: string[] = [];
  let firstProblem: string | undefined;
  for (const payload of new Set(payloads)) {
    const read = readPayload(payload);
    if (read.ok) {
      accounts.push(...read.accounts);
      notes.push(...read.notes);
    } else {
      firstProblem ??= read.message;
    }
  }

  if (accounts.length > 0) {
    return { status: 'found', accounts, site, notes };
  }

  return { status: 'problem', message: firstProblem ?? NO_QR_MESSAGE };
}

/**
 * Offers the setup key a page shows as text as an account, when it shows
 * exactly one: with two, guessing which is meant would be worse than
 * asking the user to type it. Returns null when there is nothing to offer.
 */
export function offerSetupKey(
  keys: readonly string[],
  site: string | null,
): ScanOutcome | null {
  const draft = keys.length === 1 ? draftFromSetupKey(keys[0]!) : null;
  if (!draft) return null;

  return { status: 'found', accounts: [draft], site, notes: [SETUP_KEY_NOTE] };
}

type PayloadReading =
  | { ok: true; accounts: AccountDraft[]; notes: string[] }
  | { ok: false; message: string };

function readPayload(payload: string): PayloadReading {
  if (!isMigrationPayload(payload)) {
    const read = readOtpauthUri(payload);

    return read.ok
      ? { ok: true, accounts: [read.account], notes: [] }
      : { ok: false, message: read.error.message };
  }

  const read = readMigrationPayload(payload);
  if (!read.ok) return { ok: false, message: read.error.message };

  const { index, size } = read.batch;
  const notes = [...read.warnings];
  if (size > 1) {
    notes.push(
      `This export is QR code ${index + 1} of ${size}. Scan the others ` +
        'too to bring over every account.',
    );
  }

  return { ok: true, accounts: read.accounts, notes };
}

function isMigrationPayload(payload: string): boolean {
  return payload.trimStart().toLowerCase().startsWith('otpauth-migration:');
}
