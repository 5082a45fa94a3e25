import { KeyError } from './errors';
import type { WrappedKey } from './types';
import { checkWrappedKey, openDataKey, sealDataKey } from './wrapping';

// Crockford's base32 leaves out I, L, O and U, which are easy to misread.
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const GROUPS = 8;
const GROUP_LENGTH = 4;
const LENGTH = GROUPS * GROUP_LENGTH;
const VALID_CODE = new RegExp(`^[${ALPHABET}]{${LENGTH}}$`);
const KDF_INFO = new TextEncoder().encode('twostep recovery code 1');

/** A fresh recovery code: 160 random bits as 8 groups of 4 characters. */
export function createRecoveryCode(): string {
  // 256 is a multiple of 32, so taking each byte modulo 32 is unbiased.
  const bytes = crypto.getRandomValues(new Uint8Array(LENGTH));
  const characters = [...bytes].map((byte) => ALPHABET[byte % 32]);
  bytes.fill(0);
  const groups: string[] = [];
  for (let start = 0; start < LENGTH; start += GROUP_LENGTH) {
    groups.push(characters.slice(start, start + GROUP_LENGTH).join(''));
  }

  return groups.join('-');
}

/** The code as typed, in canonical form: no separators, misreads fixed. */
export function normalizeRecoveryCode(typed: string): string {
  return typed
    .toUpperCase()
    .replace(/[\s-]/g, '')
    .replace(/O/g, '0')
    .replace(/[IL]/g, '1');
}

// HKDF does no stretching, and needs none: guessing a 160-bit random code
// is out of reach however cheap each guess is. Argon2 is for passphrases.
async function deriveFromCode(
  code: string,
  salt: Uint8Array<ArrayBuffer>,
): Promise<CryptoKey> {
  const canonical = normalizeRecoveryCode(code);
  if (!VALID_CODE.test(canonical)) {
    throw new KeyError(
      'wrong-recovery-code',
      `A recovery code has ${GROUPS} groups of ${GROUP_LENGTH} letters and ` +
        'digits. Check what you typed and try again.',
    );
  }

  const material = await crypto.subtle.importKey(
    'raw',
    new TextEncoder().encode(canonical),
    'HKDF',
    false,
    ['deriveKey'],
  );

  return crypto.subtle.deriveKey(
    { name: 'HKDF', hash: 'SHA-256', salt, info: KDF_INFO },
    material,
    { name: 'AES-GCM', length: 256 },
    false,
    ['wrapKey', 'unwrapKey'],
  );
}

/** Wraps the data key under a key derived from a recovery code. */
export async function wrapWithRecoveryCode(
  dataKey: CryptoKey,
  code: string,
): Promise<WrappedKey> {
  const salt = crypto.getRandomValues(new Uint8Array(16));
  const wrappingKey = await deriveFromCode(code, salt);

  return sealDataKey(dataKey, wrappingKey, {
    unlockedBy: 'recovery-code',
    kdf: { algorithm: 'hkdf-sha256' },
    salt,
  });
}

/** Opens a recovery-wrapped data key; extractable only to re-wrap it. */
export async function openWithRecoveryCode(
  wrapped: WrappedKey,
  code: string,
  isExtractable: boolean,
): Promise<CryptoKey> {
  checkWrappedKey(wrapped, 'recovery-code');
  if (wrapped.kdf.algorithm !== 'hkdf-sha256') {
    throw new KeyError(
      'unsupported',
      'This recovery code was saved by a newer version of Twostep. ' +
        'Update Twostep and try again.',
    );
  }

  const wrappingKey = await deriveFromCode(code, wrapped.salt);
  const dataKey = await openDataKey(wrapped, wrappingKey, isExtractable);
  if (dataKey) return dataKey;

  throw new KeyError(
    'wrong-recovery-code',
    'That recovery code is not right. Check each group and try again.',
  );
}

/** Unlocks the data key with a recovery code; it cannot be exported. */
export function unwrapWithRecoveryCode(
  wrapped: WrappedKey,
  code: string,
): Promise<CryptoKey> {
  return openWithRecoveryCode(wrapped, code, false);
}
