import { describe, expect, it } from 'vitest';
import {
  decryptText,
  encryptText,
  generateDataKey,
  type SealedText,
} from '../../../../src/vault/keys';
import { catchKeyError } from './fixtures';

const SECRET = 'JBSWY3DPEHPK3PXP';

function flipFirstBit(buffer: ArrayBuffer): ArrayBuffer {
  const bytes = new Uint8Array(buffer.slice(0));
  bytes[0]! ^= 1;

  return bytes.buffer;
}

describe('generateDataKey', () => {
  it('makes an AES-256-GCM key that can be wrapped once', async () => {
    const dataKey = await generateDataKey();

    expect(dataKey.algorithm).toEqual({ name: 'AES-GCM', length: 256 });
    expect(dataKey.extractable).toBe(true);
  });
});

describe('encryptText and decryptText', () => {
  it.each([
    ['a base32 secret', SECRET],
    ['an empty string', ''],
    ['accents and emoji', 'café 🔑 ключ'],
    ['a long text', 'x'.repeat(10_000)],
  ])('round-trips %s', async (_, text) => {
    const dataKey = await generateDataKey();
    const sealed = await encryptText(dataKey, text, 'account-secret');

    expect(await decryptText(dataKey, sealed, 'account-secret')).toBe(text);
  });

  it('uses a fresh 12-byte IV every time', async () => {
    const dataKey = await generateDataKey();
    const first = await encryptText(dataKey, SECRET, 'backup-code');
    const second = await encryptText(dataKey, SECRET, 'backup-code');

    expect(first.iv).toHaveLength(12);
    expect(first.iv).not.toEqual(second.iv);
    expect(new Uint8Array(first.ciphertext)).not.toEqual(
      new Uint8Array(second.ciphertext),
    );
  });

  it('stores a versioned object that survives a structured clone', async () => {
    const dataKey = await generateDataKey();
    const sealed = await encryptText(dataKey, SECRET, 'account-secret');
    const stored = structuredClone(sealed);

    expect(stored.format).toBe(1);
    expect(new TextDecoder().decode(stored.ciphertext)).not.toContain(SECRET);
    expect(await decryptText(dataKey, stored, 'account-secret')).toBe(SECRET);
  });

  it('refuses a ciphertext moved to another kind of record', async () => {
    const dataKey = await generateDataKey();
    const sealed = await encryptText(dataKey, SECRET, 'backup-code');
    const error = await catchKeyError(
      decryptText(dataKey, sealed, 'account-secret'),
      'damaged',
    );

    expect(error.message).toMatch(/could not read this item/);
  });

  it.each([
    [
      'ciphertext',
      (sealed: SealedText) => ({
        ...sealed,
        ciphertext: flipFirstBit(sealed.ciphertext),
      }),
    ],
    [
      'IV',
      (sealed: SealedText) => ({
        ...sealed,
        iv: new Uint8Array(flipFirstBit(sealed.iv.buffer)),
      }),
    ],
  ])('refuses a changed %s with a plain error', async (_, tamper) => {
    const dataKey = await generateDataKey();
    const sealed = await encryptText(dataKey, SECRET, 'account-secret');
    const error = await catchKeyError(
      decryptText(dataKey, tamper(sealed), 'account-secret'),
      'damaged',
    );

    expect(error.message).not.toContain(SECRET);
  });

  it('refuses to decrypt under another data key', async () => {
    const sealed = await encryptText(
      await generateDataKey(),
      SECRET,
      'account-secret',
    );

    await catchKeyError(
      decryptText(await generateDataKey(), sealed, 'account-secret'),
      'damaged',
    );
  });

  it('refuses a sealed text from a newer format', async () => {
    const dataKey = await generateDataKey();
    const sealed = await encryptText(dataKey, SECRET, 'account-secret');
    const newer = { ...sealed, format: 2 } as unknown as SealedText;

    await catchKeyError(
      decryptText(dataKey, newer, 'account-secret'),
      'unsupported',
    );
  });
});
