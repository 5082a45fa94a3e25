import { Secret } from 'otpauth';
import { readAccountNames } from './label';
import type { ExportedFields } from './migration-wire';
import { readSecret } from './secret';
import type { AccountDraft, HashAlgorithm } from './types';

/** A draft, or why the account cannot become one (after "because"). */
export type ExportedDraft =
  { ok: true; account: AccountDraft } | { ok: false; problem: string };

// The export's enums; 0 means the exporter left the field unset.
const ALGORITHMS = new Map<number, HashAlgorithm>([
  [0, 'SHA1'],
  [1, 'SHA1'],
  [2, 'SHA256'],
  [3, 'SHA512'],
]);

const MD5 = 4;

const DIGITS = new Map([
  [0, 6],
  [1, 6],
  [2, 8],
]);

const KINDS = new Map<number, 'totp' | 'hotp'>([
  [0, 'totp'],
  [1, 'hotp'],
  [2, 'totp'],
]);

function findProblem(fields: ExportedFields): string | undefined {
  if (fields.secret.length === 0) {
    return 'it has no secret key';
  }

  if (fields.algorithm === MD5) {
    return 'it uses the MD5 hash, which Twostep cannot make codes with';
  }

  if (!ALGORITHMS.has(fields.algorithm)) {
    return 'it uses a hash algorithm Twostep does not know';
  }

  if (!DIGITS.has(fields.digits)) {
    return 'it asks for a code length Twostep cannot make';
  }

  if (!KINDS.has(fields.type)) {
    return 'it is a kind of one-time code Twostep cannot make';
  }

  const isHotp = KINDS.get(fields.type) === 'hotp';
  const isSafe = fields.counter <= BigInt(Number.MAX_SAFE_INTEGER);

  if (isHotp && (fields.counter < 0n || !isSafe)) {
    return 'its counter is negative or too large';
  }

  return undefined;
}

/** An account from an export, named the way the otpauth reader names one. */
export function makeExportedDraft(fields: ExportedFields): ExportedDraft {
  const problem = findProblem(fields);

  if (problem !== undefined) {
    return { ok: false, problem };
  }

  // Base32 without padding, as the otpauth reader stores secrets.
  const buffer = fields.secret.slice().buffer;
  const { secret, warnings } = readSecret(new Secret({ buffer }).base32);
  const names = readAccountNames(fields.name, fields.issuer);
  const kind = KINDS.get(fields.type) ?? 'totp';

  const account: AccountDraft = {
    ...names,
    warnings: [...warnings, ...names.warnings],
    kind,
    secret,
    algorithm: ALGORITHMS.get(fields.algorithm) ?? 'SHA1',
    digits: DIGITS.get(fields.digits) ?? 6,
    // Google Authenticator has no period setting: always 30 seconds.
    period: 30,
    counter: kind === 'hotp' ? Number(fields.counter) : 0,
  };

  return { ok: true, account };
}
