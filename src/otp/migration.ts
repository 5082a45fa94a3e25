import { base64Decode } from '@bufbuild/protobuf/wire';
import { OtpUriError } from './errors';
import {
  describeNoUsableAccount,
  describeSkippedAccount,
  messages,
} from './messages';
import { makeExportedDraft } from './migration-account';
import { readExportFields, type ExportFields } from './migration-wire';
import { decodePercent } from './percent';
import type { AccountDraft } from './types';

/** Where one QR code sits in an export that spans several. */
export interface MigrationBatch {
  /** Zero-based position of this QR code. */
  index: number;
  /** How many QR codes the export spans. */
  size: number;
  /** The same on every QR code of one export. */
  id: number;
}

/** The accounts of one export QR code, or why it cannot be read. */
export type MigrationResult =
  | {
      ok: true;
      accounts: AccountDraft[];
      batch: MigrationBatch;
      /** One sentence per account that was left out. */
      warnings: string[];
    }
  | { ok: false; error: OtpUriError };

function invalid(message: string): OtpUriError {
  return new OtpUriError('migration-invalid', message);
}

function readDataParameter(text: string): string {
  const match = /^otpauth-migration:[^?#]*\??([^#]*)/is.exec(text.trim());

  if (!match) {
    throw invalid(messages.notMigration);
  }

  for (const pair of (match[1] ?? '').split('&')) {
    const equals = pair.indexOf('=');
    const name = decodePercent(pair.slice(0, equals)).trim();

    if (equals !== -1 && name.toLowerCase() === 'data') {
      return pair.slice(equals + 1);
    }
  }

  return '';
}

// Standard base64, or base64url; `=` padding is optional.
const BASE64 = /^[A-Za-z0-9+/_-]*={0,2}$/;

function decodeData(raw: string): Uint8Array {
  // A `+` turns into a space when the text goes through form decoding;
  // base64 has no spaces, so every space stands for a `+`.
  const data = decodePercent(raw)
    .replace(/[\t\r\n]/g, '')
    .replace(/ /g, '+');
  const length = data.replace(/=+$/, '').length;

  // One character past a group of four carries only 6 bits: no byte.
  if (!BASE64.test(data) || length % 4 === 1) {
    throw invalid(messages.migrationBase64);
  }

  return base64Decode(data);
}

function readBatch(fields: ExportFields): MigrationBatch {
  const size = fields.batchSize === 0 ? 1 : fields.batchSize;
  const index = fields.batchIndex;

  if (size < 0 || index < 0 || index >= size) {
    throw invalid(messages.migrationGarbled);
  }

  return { index, size, id: fields.batchId };
}

function readExport(text: string): MigrationResult {
  const fields = readExportFields(decodeData(readDataParameter(text)));
  const batch = readBatch(fields);
  const total = fields.accounts.length;

  if (total === 0) {
    throw invalid(messages.migrationEmpty);
  }

  const accounts: AccountDraft[] = [];
  const warnings: string[] = [];

  fields.accounts.forEach((exported, index) => {
    const draft = makeExportedDraft(exported);

    if (draft.ok) {
      accounts.push(draft.account);
    } else {
      warnings.push(describeSkippedAccount(index + 1, total, draft.problem));
    }
  });

  if (accounts.length === 0) {
    throw invalid(describeNoUsableAccount(warnings));
  }

  return { ok: true, accounts, batch, warnings };
}

/**
 * Reads the accounts of a Google Authenticator export QR code
 * (`otpauth-migration://offline?data=...`). Accounts that cannot make
 * codes are left out with a warning; the secret is never in a message.
 */
export function readMigrationPayload(text: string): MigrationResult {
  try {
    return readExport(text);
  } catch (error) {
    if (error instanceof OtpUriError) {
      return { ok: false, error };
    }

    throw error;
  }
}
