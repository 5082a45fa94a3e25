import { describe, expect, it } from 'vitest';
import {
  createVaultKeys,
  decryptText,
  encryptText,
  replaceRecoveryCode,
  resetPassphrase,
  unwrapWithPassphrase,
  unwrapWithRecoveryCode,
} from '../../../../src/vault/keys';
import { catchKeyError, expectSameKey, FAST_KDF, PASSPHRASE } from './fixtures';

describe('createVaultKeys', () => {
  it('wraps one data key under both the passphrase and the code', async () => {
    const keys = await createVaultKeys(PASSPHRASE, FAST_KDF);

    expect(keys.dataKey.extractable).toBe(false);
    await expectSameKey(
      keys.dataKey,
      await unwrapWithPassphrase(keys.passphraseKey, PASSPHRASE),
    );
    await expectSameKey(
      keys.dataKey,
      await unwrapWithRecoveryCode(keys.recoveryKey, keys.recoveryCode),
    );
  });
});

describe('resetPassphrase', () => {
  it('sets a new passphrase from the recovery code', async () => {
    const keys = await createVaultKeys(PASSPHRASE, FAST_KDF);
    const sealed = await encryptText(keys.dataKey, 'kept', 'backup-code');
    const reset = await resetPassphrase(
      keys.recoveryKey,
      keys.recoveryCode.toLowerCase(),
      'a new passphrase',
      FAST_KDF,
    );
    const dataKey = await unwrapWithPassphrase(reset, 'a new passphrase');

    expect(await decryptText(dataKey, sealed, 'backup-code')).toBe('kept');
    await catchKeyError(
      unwrapWithPassphrase(reset, PASSPHRASE),
      'wrong-passphrase',
    );
  });

  it('refuses a wrong recovery code', async () => {
    const keys = await createVaultKeys(PASSPHRASE, FAST_KDF);
    const other = await createVaultKeys(PASSPHRASE, FAST_KDF);

    await catchKeyError(
      resetPassphrase(
        keys.recoveryKey,
        other.recoveryCode,
        'a new passphrase',
        FAST_KDF,
      ),
      'wrong-recovery-code',
    );
  });
});

describe('replaceRecoveryCode', () => {
  it('gives a new code for the same data key', async () => {
    const keys = await createVaultKeys(PASSPHRASE, FAST_KDF);
    const { recoveryKey, recoveryCode } = await replaceRecoveryCode(
      keys.passphraseKey,
      PASSPHRASE,
    );

    expect(recoveryCode).not.toBe(keys.recoveryCode);
    await expectSameKey(
      keys.dataKey,
      await unwrapWithRecoveryCode(recoveryKey, recoveryCode),
    );
    await catchKeyError(
      unwrapWithRecoveryCode(recoveryKey, keys.recoveryCode),
      'wrong-recovery-code',
    );
  });

  it('asks for the right passphrase first', async () => {
    const keys = await createVaultKeys(PASSPHRASE, FAST_KDF);

    await catchKeyError(
      replaceRecoveryCode(keys.passphraseKey, 'not it'),
      'wrong-passphrase',
    );
  });
});
