import {
  checkKdfParameters,
  DEFAULT_KDF_PARAMETERS,
  deriveFromPassphrase,
} from './argon2';
import { KeyError } from './errors';
import type { KdfParameters, WrappedKey } from './types';
import { checkWrappedKey, openDataKey, sealDataKey } from './wrapping';

/** Wraps the data key under a key derived from the passphrase. */
export async function wrapWithPassphrase(
  dataKey: CryptoKey,
  passphrase: string,
  parameters: KdfParameters = DEFAULT_KDF_PARAMETERS,
): Promise<WrappedKey> {
  if (passphrase === '') {
    throw new TypeError('The passphrase is empty; ask for one first.');
  }

  const kdf = { ...parameters };
  const salt = crypto.getRandomValues(new Uint8Array(16));
  const wrappingKey = await deriveFromPassphrase(passphrase, salt, kdf);

  return sealDataKey(dataKey, wrappingKey, {
    unlockedBy: 'passphrase',
    kdf,
    salt,
  });
}

/** Opens a passphrase-wrapped data key; extractable only to re-wrap it. */
export async function openWithPassphrase(
  wrapped: WrappedKey,
  passphrase: string,
  isExtractable: boolean,
): Promise<CryptoKey> {
  checkWrappedKey(wrapped, 'passphrase');
  const { kdf, salt } = wrapped;
  checkKdfParameters(kdf);
  // No key is wrapped under an empty passphrase, and Argon2 refuses one.
  if (passphrase === '') throw createWrongPassphraseError();

  const wrappingKey = await deriveFromPassphrase(passphrase, salt, kdf);
  const dataKey = await openDataKey(wrapped, wrappingKey, isExtractable);
  if (dataKey) return dataKey;

  throw createWrongPassphraseError();
}

function createWrongPassphraseError(): KeyError {
  return new KeyError(
    'wrong-passphrase',
    'That passphrase is not right. Try again.',
  );
}

/** Unlocks the data key with the passphrase; the key cannot be exported. */
export function unwrapWithPassphrase(
  wrapped: WrappedKey,
  passphrase: string,
): Promise<CryptoKey> {
  return openWithPassphrase(wrapped, passphrase, false);
}

/** Wraps the same data key under a new passphrase and today's settings. */
export async function changePassphrase(
  wrapped: WrappedKey,
  oldPassphrase: string,
  newPassphrase: string,
  parameters: KdfParameters = DEFAULT_KDF_PARAMETERS,
): Promise<WrappedKey> {
  const dataKey = await openWithPassphrase(wrapped, oldPassphrase, true);

  return wrapWithPassphrase(dataKey, newPassphrase, parameters);
}

/** True when a key was wrapped with weaker settings than today's default. */
export function hasOutdatedKdf(wrapped: WrappedKey): boolean {
  if (wrapped.kdf.algorithm !== 'argon2id') return false;

  const current = DEFAULT_KDF_PARAMETERS;

  return (
    wrapped.kdf.memoryKiB < current.memoryKiB ||
    wrapped.kdf.iterations < current.iterations
  );
}
