import { isAuthenticationFailure, KeyError } from './errors';
import type { RecordKind, SealedText } from './types';

/**
 * A new random AES-256 data key. It is extractable so it can be wrapped;
 * wrap it, then use the key that unwrapping returns.
 */
export function generateDataKey(): Promise<CryptoKey> {
  return crypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, true, [
    'encrypt',
    'decrypt',
  ]);
}

// The associated data names the field, so a ciphertext copied into another
// field fails to decrypt instead of being read as the wrong thing.
function describeRecord(kind: RecordKind): Uint8Array<ArrayBuffer> {
  const label = JSON.stringify(['twostep-sealed-text', 1, kind]);

  return new TextEncoder().encode(label);
}

/** Encrypts text with AES-GCM under the data key, with a fresh IV. */
export async function encryptText(
  dataKey: CryptoKey,
  text: string,
  kind: RecordKind,
): Promise<SealedText> {
  // A random 96-bit IV per message stays safe for far more messages than
  // a vault holds (NIST SP 800-38D section 8.3 allows 2^32 per key).
  const iv = crypto.getRandomValues(new Uint8Array(12));
  const ciphertext = await crypto.subtle.encrypt(
    { name: 'AES-GCM', iv, additionalData: describeRecord(kind) },
    dataKey,
    new TextEncoder().encode(text),
  );

  return { format: 1, iv, ciphertext };
}

/** Decrypts text sealed by encryptText for the same kind of record. */
export async function decryptText(
  dataKey: CryptoKey,
  sealed: SealedText,
  kind: RecordKind,
): Promise<string> {
  if (sealed.format !== 1) {
    throw new KeyError(
      'unsupported',
      'This item was saved by a newer version of Twostep. ' +
        'Update Twostep and try again.',
    );
  }

  try {
    const plaintext = await crypto.subtle.decrypt(
      { name: 'AES-GCM', iv: sealed.iv, additionalData: describeRecord(kind) },
      dataKey,
      sealed.ciphertext,
    );

    return new TextDecoder().decode(plaintext);
  } catch (error) {
    if (!isAuthenticationFailure(error)) throw error;

    throw new KeyError(
      'damaged',
      'Twostep could not read this item: its saved copy was changed or ' +
        'damaged. Restore it from a backup.',
    );
  }
}
