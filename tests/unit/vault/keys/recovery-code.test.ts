import { describe, expect, it } from 'vitest';
import {
  createRecoveryCode,
  generateDataKey,
  normalizeRecoveryCode,
  unwrapWithPassphrase,
  unwrapWithRecoveryCode,
  wrapWithPassphrase,
  wrapWithRecoveryCode,
  type WrappedKey,
} from '../../../../src/vault/keys';
import { catchKeyError, expectSameKey, FAST_KDF, PASSPHRASE } from './fixtures';

const CROCKFORD_GROUP = '[0-9A-HJKMNP-TV-Z]{4}';
const SHAPE = new RegExp(`^${CROCKFORD_GROUP}(-${CROCKFORD_GROUP}){7}$`);

async function wrapNewKey(): Promise<[CryptoKey, WrappedKey, string]> {
  const dataKey = await generateDataKey();
  const code = createRecoveryCode();

  return [dataKey, await wrapWithRecoveryCode(dataKey, code), code];
}

describe('createRecoveryCode', () => {
  it('writes 8 groups of 4 Crockford base32 characters', () => {
    expect(createRecoveryCode()).toMatch(SHAPE);
  });

  it('never repeats a code', () => {
    const codes = new Set(
      Array.from({ length: 1000 }, () => createRecoveryCode()),
    );

    expect(codes.size).toBe(1000);
  });

  it('uses every character of the alphabet', () => {
    const characters = new Set(
      Array.from({ length: 200 }, () => createRecoveryCode())
        .join('')
        .replace(/-/g, ''),
    );

    expect(characters.size).toBe(32);
  });
});

describe('normalizeRecoveryCode', () => {
  it.each([
    ['ABCD-EFGH', 'ABCDEFGH'],
    ['abcd efgh', 'ABCDEFGH'],
    ['  abcd\tefgh\n', 'ABCDEFGH'],
    ['O0o0', '0000'],
    ['IiLl1', '11111'],
    ['abcd--efgh - jkmn', 'ABCDEFGHJKMN'],
  ])('reads %j as %j', (typed, canonical) => {
    expect(normalizeRecoveryCode(typed)).toBe(canonical);
  });
});

describe('wrapWithRecoveryCode and unwrapWithRecoveryCode', () => {
  it('returns the same data key for the right code', async () => {
    const [dataKey, wrapped, code] = await wrapNewKey();
    const unwrapped = await unwrapWithRecoveryCode(wrapped, code);

    await expectSameKey(dataKey, unwrapped);
    expect(unwrapped.extractable).toBe(false);
    expect(wrapped).toMatchObject({
      format: 1,
      unlockedBy: 'recovery-code',
      kdf: { algorithm: 'hkdf-sha256' },
    });
  });

  it.each([
    ['in lower case', (code: string) => code.toLowerCase()],
    ['with spaces', (code: string) => code.replace(/-/g, ' ')],
    ['without separators', (code: string) => code.replace(/-/g, '')],
    ['with O for 0', (code: string) => code.replace(/0/g, 'O')],
    ['with l for 1', (code: string) => code.replace(/1/g, 'l')],
    ['with I for 1', (code: string) => code.replace(/1/g, 'I')],
  ])('accepts the code typed %s', async (_, retype) => {
    const dataKey = await generateDataKey();
    // A fixed code holding both 0 and 1, so every retyping changes it.
    const code = '0123-4567-89AB-CDEF-GHJK-MNPQ-RSTV-WXYZ';
    const wrapped = await wrapWithRecoveryCode(dataKey, code);

    await expectSameKey(
      dataKey,
      await unwrapWithRecoveryCode(wrapped, retype(code)),
    );
  });

  it('still unwraps after a structured clone', async () => {
    const [dataKey, wrapped, code] = await wrapNewKey();

    await expectSameKey(
      dataKey,
      await unwrapWithRecoveryCode(structuredClone(wrapped), code),
    );
  });

  it('rejects another valid code with a plain sentence', async () => {
    const [, wrapped] = await wrapNewKey();
    const error = await catchKeyError(
      unwrapWithRecoveryCode(wrapped, createRecoveryCode()),
      'wrong-recovery-code',
    );

    expect(error.message).toBe(
      'That recovery code is not right. Check each group and try again.',
    );
  });

  it.each([
    ['too short', 'ABCD-EFGH'],
    ['with a U', 'UBCD-EFGH-JKMN-PQRS-TVWX-YZ01-2345-6789'],
    ['with punctuation', 'ABCD.EFGH.JKMN.PQRS.TVWX.YZ01.2345.6789'],
    ['empty', ''],
  ])('explains the shape of a code typed %s', async (_, typed) => {
    const [, wrapped] = await wrapNewKey();
    const error = await catchKeyError(
      unwrapWithRecoveryCode(wrapped, typed),
      'wrong-recovery-code',
    );

    expect(error.message).toMatch(/8 groups of 4/);
  });

  it('refuses a malformed code when wrapping', async () => {
    const dataKey = await generateDataKey();

    await catchKeyError(
      wrapWithRecoveryCode(dataKey, 'not a code'),
      'wrong-recovery-code',
    );
  });

  it('does not mix up passphrase and recovery-code keys', async () => {
    const dataKey = await generateDataKey();
    const code = createRecoveryCode();
    const byCode = await wrapWithRecoveryCode(dataKey, code);
    const byPassphrase = await wrapWithPassphrase(
      dataKey,
      PASSPHRASE,
      FAST_KDF,
    );

    await expect(unwrapWithPassphrase(byCode, code)).rejects.toThrow(TypeError);
    await expect(unwrapWithRecoveryCode(byPassphrase, code)).rejects.toThrow(
      TypeError,
    );
  });
});
