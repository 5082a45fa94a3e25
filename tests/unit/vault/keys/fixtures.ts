import { expect } from 'vitest';
import {
  DEFAULT_KDF_PARAMETERS,
  decryptText,
  encryptText,
  KeyError,
  type KdfParameters,
  type KeyReason,
} from '../../../../src/vault/keys';

/** Argon2id small enough for unit tests; never use it for a real vault. */
export const FAST_KDF: KdfParameters = {
  ...DEFAULT_KDF_PARAMETERS,
  memoryKiB: 1024,
  iterations: 1,
};

export const PASSPHRASE = 'correct horse battery staple';

/** Passes when both keys decrypt what the other encrypts. */
export async function expectSameKey(
  first: CryptoKey,
  second: CryptoKey,
): Promise<void> {
  const sealed = await encryptText(first, 'JBSWY3DPEHPK3PXP', 'account-secret');
  const opened = await decryptText(second, sealed, 'account-secret');

  expect(opened).toBe('JBSWY3DPEHPK3PXP');
}

/** Awaits a promise that must fail with a KeyError for the given reason. */
export async function catchKeyError(
  promise: Promise<unknown>,
  reason: KeyReason,
): Promise<KeyError> {
  const error = await promise.then(
    () => null,
    (failure: unknown) => failure,
  );

  expect(error).toBeInstanceOf(KeyError);
  expect((error as KeyError).reason).toBe(reason);

  return error as KeyError;
}
