import { DEFAULT_KDF_PARAMETERS } from './argon2';
import { generateDataKey } from './data-key';
import { openWithPassphrase, wrapWithPassphrase } from './passphrase';
import {
  createRecoveryCode,
  openWithRecoveryCode,
  unwrapWithRecoveryCode,
  wrapWithRecoveryCode,
} from './recovery-code';
import type { KdfParameters, WrappedKey } from './types';

/** What setting up a vault produces; only the wrapped keys are stored. */
export interface VaultKeys {
  /** The data key, ready to use and not extractable. */
  dataKey: CryptoKey;
  passphraseKey: WrappedKey;
  recoveryKey: WrappedKey;
  /** Shown to the user once, never stored. */
  recoveryCode: string;
}

/** Creates a data key and wraps it under a passphrase and a recovery code. */
export async function createVaultKeys(
  passphrase: string,
  parameters: KdfParameters = DEFAULT_KDF_PARAMETERS,
): Promise<VaultKeys> {
  const extractable = await generateDataKey();
  const recoveryCode = createRecoveryCode();
  const passphraseKey = await wrapWithPassphrase(
    extractable,
    passphrase,
    parameters,
  );
  const recoveryKey = await wrapWithRecoveryCode(extractable, recoveryCode);
  // Unwrapping with the code is cheap and yields a copy that cannot be
  // exported, so the extractable key goes no further than this function.
  const dataKey = await unwrapWithRecoveryCode(recoveryKey, recoveryCode);

  return { dataKey, passphraseKey, recoveryKey, recoveryCode };
}

/** Sets a new passphrase for someone who forgot theirs but has the code. */
export async function resetPassphrase(
  recoveryKey: WrappedKey,
  recoveryCode: string,
  newPassphrase: string,
  parameters: KdfParameters = DEFAULT_KDF_PARAMETERS,
): Promise<WrappedKey> {
  const dataKey = await openWithRecoveryCode(recoveryKey, recoveryCode, true);

  return wrapWithPassphrase(dataKey, newPassphrase, parameters);
}

/** Replaces the recovery code, as when the old one may have been seen. */
export async function replaceRecoveryCode(
  passphraseKey: WrappedKey,
  passphrase: string,
): Promise<{ recoveryKey: WrappedKey; recoveryCode: string }> {
  const dataKey = await openWithPassphrase(passphraseKey, passphrase, true);
  const recoveryCode = createRecoveryCode();
  const recoveryKey = await wrapWithRecoveryCode(dataKey, recoveryCode);

  return { recoveryKey, recoveryCode };
}
