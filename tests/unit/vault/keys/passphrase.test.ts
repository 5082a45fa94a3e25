import { describe, expect, it } from 'vitest';
import {
  changePassphrase,
  DEFAULT_KDF_PARAMETERS,
  encryptText,
  decryptText,
  generateDataKey,
  hasOutdatedKdf,
  unwrapWithPassphrase,
  wrapWithPassphrase,
  type WrappedKey,
} from '../../../../src/vault/keys';
import { catchKeyError, expectSameKey, FAST_KDF, PASSPHRASE } from './fixtures';

async function wrapNewKey(): Promise<[CryptoKey, WrappedKey]> {
  const dataKey = await generateDataKey();

  return [dataKey, await wrapWithPassphrase(dataKey, PASSPHRASE, FAST_KDF)];
}

describe('wrapWithPassphrase and unwrapWithPassphrase', () => {
  it('returns the same data key for the right passphrase', async () => {
    const [dataKey, wrapped] = await wrapNewKey();
    const unwrapped = await unwrapWithPassphrase(wrapped, PASSPHRASE);

    await expectSameKey(dataKey, unwrapped);
    await expectSameKey(unwrapped, dataKey);
  });

  it('returns a key that cannot be exported or wrapped again', async () => {
    const [, wrapped] = await wrapNewKey();
    const unwrapped = await unwrapWithPassphrase(wrapped, PASSPHRASE);

    expect(unwrapped.extractable).toBe(false);
    expect(unwrapped.usages.sort()).toEqual(['decrypt', 'encrypt']);
    await expect(crypto.subtle.exportKey('raw', unwrapped)).rejects.toThrow();
    await expect(
      wrapWithPassphrase(unwrapped, 'another passphrase', FAST_KDF),
    ).rejects.toThrow(/changePassphrase/);
  });

  it('stores the salt and Argon2id settings beside the key', async () => {
    const [, wrapped] = await wrapNewKey();

    expect(wrapped).toMatchObject({
      format: 1,
      unlockedBy: 'passphrase',
      kdf: FAST_KDF,
    });
    expect(wrapped.salt).toHaveLength(16);
    expect(wrapped.iv).toHaveLength(12);
    // 32 key bytes and a 16-byte GCM tag.
    expect(wrapped.ciphertext.byteLength).toBe(48);
  });

  it('uses a fresh salt and IV each time', async () => {
    const dataKey = await generateDataKey();
    const first = await wrapWithPassphrase(dataKey, PASSPHRASE, FAST_KDF);
    const second = await wrapWithPassphrase(dataKey, PASSPHRASE, FAST_KDF);

    expect(first.salt).not.toEqual(second.salt);
    expect(first.iv).not.toEqual(second.iv);
    expect(new Uint8Array(first.ciphertext)).not.toEqual(
      new Uint8Array(second.ciphertext),
    );
  });

  it('rejects a wrong passphrase with a plain sentence', async () => {
    const [, wrapped] = await wrapNewKey();
    const error = await catchKeyError(
      unwrapWithPassphrase(wrapped, 'correct horse battery stapler'),
      'wrong-passphrase',
    );

    expect(error.message).toBe('That passphrase is not right. Try again.');
  });

  it.each([
    ['differs only in case', 'Correct horse battery staple'],
    ['is empty', ''],
    ['has a trailing space', `${PASSPHRASE} `],
  ])('rejects a passphrase that %s', async (_, passphrase) => {
    const [, wrapped] = await wrapNewKey();

    await catchKeyError(
      unwrapWithPassphrase(wrapped, passphrase),
      'wrong-passphrase',
    );
  });

  it('accepts either Unicode form of an accented passphrase', async () => {
    const dataKey = await generateDataKey();
    const composed = 'caf\u00e9 cr\u00e8me';
    const decomposed = 'cafe\u0301 cre\u0300me';
    const wrapped = await wrapWithPassphrase(dataKey, composed, FAST_KDF);

    await expectSameKey(
      dataKey,
      await unwrapWithPassphrase(wrapped, decomposed),
    );
  });

  it('unwraps after a structured clone, as IndexedDB makes', async () => {
    const [dataKey, wrapped] = await wrapNewKey();
    const stored = structuredClone(wrapped);

    expect(stored).toEqual(wrapped);
    expect(new Uint8Array(stored.ciphertext)).toEqual(
      new Uint8Array(wrapped.ciphertext),
    );
    await expectSameKey(
      dataKey,
      await unwrapWithPassphrase(stored, PASSPHRASE),
    );
  });

  it('takes a changed ciphertext for a wrong passphrase', async () => {
    const [, wrapped] = await wrapNewKey();
    const bytes = new Uint8Array(wrapped.ciphertext.slice(0));
    bytes[0]! ^= 1;

    await catchKeyError(
      unwrapWithPassphrase(
        { ...wrapped, ciphertext: bytes.buffer },
        PASSPHRASE,
      ),
      'wrong-passphrase',
    );
  });

  it('refuses a key saved in a newer format', async () => {
    const [, wrapped] = await wrapNewKey();
    const newer = { ...wrapped, format: 2 } as unknown as WrappedKey;

    await catchKeyError(unwrapWithPassphrase(newer, PASSPHRASE), 'unsupported');
  });

  it.each([
    ['an unknown Argon2 version', { version: 16 }],
    ['a huge memory size', { memoryKiB: 64 * 1024 * 1024 }],
    ['zero passes', { iterations: 0 }],
    ['fractional lanes', { parallelism: 1.5 }],
  ])('refuses settings with %s before deriving', async (_, change) => {
    const [, wrapped] = await wrapNewKey();
    const damaged = {
      ...wrapped,
      kdf: { ...wrapped.kdf, ...change },
    } as WrappedKey;

    await catchKeyError(
      unwrapWithPassphrase(damaged, PASSPHRASE),
      'unsupported',
    );
  });

  it('refuses an empty passphrase when wrapping', async () => {
    const dataKey = await generateDataKey();

    await expect(wrapWithPassphrase(dataKey, '', FAST_KDF)).rejects.toThrow(
      TypeError,
    );
  });

  it('keeps the passphrase out of every error message', async () => {
    const [, wrapped] = await wrapNewKey();
    const error = await catchKeyError(
      unwrapWithPassphrase(wrapped, 'hunter2 is my passphrase'),
      'wrong-passphrase',
    );

    expect(error.message).not.toContain('hunter2');
    expect(error.stack ?? '').not.toContain('hunter2');
  });
});

describe('changePassphrase', () => {
  it('keeps the data key, so data sealed before still opens', async () => {
    const [dataKey, wrapped] = await wrapNewKey();
    const sealed = await encryptText(
      dataKey,
      'GEZDGNBVGY3TQOJQ',
      'account-secret',
    );
    const changed = await changePassphrase(
      wrapped,
      PASSPHRASE,
      'a new passphrase',
      FAST_KDF,
    );
    const unwrapped = await unwrapWithPassphrase(changed, 'a new passphrase');

    expect(await decryptText(unwrapped, sealed, 'account-secret')).toBe(
      'GEZDGNBVGY3TQOJQ',
    );
  });

  it('stops the old passphrase from opening the new wrapped key', async () => {
    const [, wrapped] = await wrapNewKey();
    const changed = await changePassphrase(
      wrapped,
      PASSPHRASE,
      'a new passphrase',
      FAST_KDF,
    );

    await catchKeyError(
      unwrapWithPassphrase(changed, PASSPHRASE),
      'wrong-passphrase',
    );
  });

  it('refuses to change when the old passphrase is wrong', async () => {
    const [, wrapped] = await wrapNewKey();

    await catchKeyError(
      changePassphrase(wrapped, 'not it', 'a new passphrase', FAST_KDF),
      'wrong-passphrase',
    );
  });

  it('moves a key to stronger settings, same passphrase', async () => {
    const [dataKey, wrapped] = await wrapNewKey();
    const stronger = { ...FAST_KDF, memoryKiB: 2048, iterations: 2 };
    const upgraded = await changePassphrase(
      wrapped,
      PASSPHRASE,
      PASSPHRASE,
      stronger,
    );

    expect(upgraded.kdf).toEqual(stronger);
    await expectSameKey(
      dataKey,
      await unwrapWithPassphrase(upgraded, PASSPHRASE),
    );
  });
});

describe('hasOutdatedKdf', () => {
  it('flags keys wrapped with less than the default settings', async () => {
    const [, wrapped] = await wrapNewKey();

    expect(hasOutdatedKdf(wrapped)).toBe(true);
    expect(
      hasOutdatedKdf({ ...wrapped, kdf: { ...DEFAULT_KDF_PARAMETERS } }),
    ).toBe(false);
  });
});

// The real default: 64 MiB of Argon2id, so this one test takes about a
// second. It checks the round trip only; tests/bench/argon2.ts times it.
describe('with the real default settings', () => {
  it('wraps and unwraps the data key', { timeout: 60_000 }, async () => {
    const dataKey = await generateDataKey();
    const wrapped = await wrapWithPassphrase(dataKey, PASSPHRASE);

    expect(wrapped.kdf).toEqual(DEFAULT_KDF_PARAMETERS);
    await expectSameKey(
      dataKey,
      await unwrapWithPassphrase(wrapped, PASSPHRASE),
    );
  });
});
