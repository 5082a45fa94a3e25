import { isAuthenticationFailure, KeyError } from './errors';
import type { WrappedKey } from './types';

type Opener = WrappedKey['unlockedBy'];
type Kdf = WrappedKey['kdf'];

// The associated data names what unlocks the key, so a wrapped key cannot
// be passed off as the other kind.
function describeWrapping(unlockedBy: Opener): Uint8Array<ArrayBuffer> {
  const label = JSON.stringify(['twostep-wrapped-key', 1, unlockedBy]);

  return new TextEncoder().encode(label);
}

/** Encrypts the data key under a key-wrapping key with AES-GCM. */
export async function sealDataKey(
  dataKey: CryptoKey,
  wrappingKey: CryptoKey,
  details: { unlockedBy: Opener; kdf: Kdf; salt: Uint8Array<ArrayBuffer> },
): Promise<WrappedKey> {
  if (!dataKey.extractable) {
    throw new TypeError(
      'Only the data key from generateDataKey can be wrapped; to wrap a ' +
        'saved one, use changePassphrase or replaceRecoveryCode.',
    );
  }

  const iv = crypto.getRandomValues(new Uint8Array(12));
  const ciphertext = await crypto.subtle.wrapKey('raw', dataKey, wrappingKey, {
    name: 'AES-GCM',
    iv,
    additionalData: describeWrapping(details.unlockedBy),
  });

  return { format: 1, ...details, iv, ciphertext };
}

/**
 * Decrypts the data key, or returns null if the wrapping key is wrong.
 * Ask for an extractable key only to wrap it again at once.
 */
export async function openDataKey(
  wrapped: WrappedKey,
  wrappingKey: CryptoKey,
  isExtractable = false,
): Promise<CryptoKey | null> {
  try {
    return await crypto.subtle.unwrapKey(
      'raw',
      wrapped.ciphertext,
      wrappingKey,
      {
        name: 'AES-GCM',
        iv: wrapped.iv,
        additionalData: describeWrapping(wrapped.unlockedBy),
      },
      'AES-GCM',
      isExtractable,
      ['encrypt', 'decrypt'],
    );
  } catch (error) {
    // AES-GCM cannot tell a wrong key from a changed ciphertext; the
    // caller reports the likelier one.
    if (isAuthenticationFailure(error)) return null;
    throw error;
  }
}

/** Throws unless this version knows how to read the wrapped key. */
export function checkWrappedKey(wrapped: WrappedKey, expected: Opener): void {
  if (wrapped.format !== 1) {
    throw new KeyError(
      'unsupported',
      'This vault was saved by a newer version of Twostep. ' +
        'Update Twostep and try again.',
    );
  }
  if (wrapped.unlockedBy === expected) return;

  throw new TypeError(
    `Expected a key unlocked by a ${expected}, ` +
      `got one unlocked by a ${String(wrapped.unlockedBy)}.`,
  );
}
