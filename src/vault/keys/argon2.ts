import { argon2id } from 'hash-wasm';
import { KeyError } from './errors';
import type { KdfParameters, WrappedKey } from './types';

// RFC 9106 section 4 offers 64 MiB and 3 passes where memory is scarce.
// One lane: hash-wasm computes lanes one after another, so more would cost
// the same time and only help an attacker who runs them side by side.
// tests/bench/argon2.ts measured about 0.45 s per unlock; OWASP's minimum
// is 19 MiB and 2 passes.
/** The Argon2id settings given to every newly wrapped passphrase key. */
export const DEFAULT_KDF_PARAMETERS: Readonly<KdfParameters> = Object.freeze({
  algorithm: 'argon2id',
  version: 19,
  memoryKiB: 64 * 1024,
  iterations: 3,
  parallelism: 1,
});

// Settings read back from storage are checked first, so a damaged record
// cannot make an unlock allocate gigabytes or run for minutes.
const LIMITS = { memoryKiB: 1024 * 1024, iterations: 64, parallelism: 16 };

function isWithin(value: number, low: number, high: number): boolean {
  return Number.isInteger(value) && value >= low && value <= high;
}

function isComputable(kdf: KdfParameters): boolean {
  const { version, memoryKiB, iterations, parallelism } = kdf;

  return (
    version === 19 &&
    isWithin(parallelism, 1, LIMITS.parallelism) &&
    isWithin(iterations, 1, LIMITS.iterations) &&
    isWithin(memoryKiB, 8 * parallelism, LIMITS.memoryKiB)
  );
}

/** Throws unless the settings are Argon2id ones this version computes. */
export function checkKdfParameters(
  kdf: WrappedKey['kdf'],
): asserts kdf is KdfParameters {
  if (kdf.algorithm === 'argon2id' && isComputable(kdf)) return;

  throw new KeyError(
    'unsupported',
    'This vault was locked with settings this version of Twostep cannot ' +
      'use. Update Twostep and try again.',
  );
}

/** Derives an AES-GCM key-wrapping key from a passphrase with Argon2id. */
export async function deriveFromPassphrase(
  passphrase: string,
  salt: Uint8Array,
  kdf: KdfParameters,
): Promise<CryptoKey> {
  checkKdfParameters(kdf);
  // An accented letter can arrive as one code point or as two; NFC makes
  // them the same passphrase, as RFC 8265 section 4.2 does for passwords.
  const password = new TextEncoder().encode(passphrase.normalize('NFC'));
  const hash = await argon2id({
    password,
    salt,
    memorySize: kdf.memoryKiB,
    iterations: kdf.iterations,
    parallelism: kdf.parallelism,
    hashLength: 32,
    outputType: 'binary',
  });
  password.fill(0);
  // A copy typed over a plain ArrayBuffer, which importKey requires.
  const bytes = Uint8Array.from(hash);
  hash.fill(0);

  try {
    return await crypto.subtle.importKey('raw', bytes, 'AES-GCM', false, [
      'wrapKey',
      'unwrapKey',
    ]);
  } finally {
    bytes.fill(0);
  }
}
