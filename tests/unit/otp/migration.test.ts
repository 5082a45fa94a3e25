import { describe, expect, it } from 'vitest';
import {
  readMigrationPayload,
  type AccountDraft,
  type MigrationResult,
} from '../../../src/otp';
import {
  bytesOf,
  encodeExport,
  toBase64,
  toExportUri,
  type TestAccount,
  type TestExport,
} from './export-builder';

const KEY = 'JBSWY3DPEHPK3PXP';
// RFC 6238's SHA1 test key, "12345678901234567890".
const RFC_KEY = 'GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ';

const SAMPLE =
  'otpauth-migration://offline?data=CjEKCkhlbGxvId6tvu8SGEV4YW1wbGU6YWxpY2V' +
  'AZ29vZ2xlLmNvbRoHRXhhbXBsZTAC';

const alice: TestAccount = {
  secret: bytesOf(KEY),
  name: 'Acme:alice@example.com',
  issuer: 'Acme',
  algorithm: 1,
  digits: 1,
  type: 2,
};

const defaults = {
  kind: 'totp',
  secret: KEY,
  issuer: 'Acme',
  accountName: 'alice@example.com',
  algorithm: 'SHA1',
  digits: 6,
  period: 30,
  counter: 0,
  warnings: [],
};

function read(payload: TestExport): MigrationResult {
  return readMigrationPayload(toExportUri(encodeExport(payload)));
}

function accountsOf(result: MigrationResult): AccountDraft[] {
  if (!result.ok) {
    throw new Error(`expected accounts, got: ${result.error.message}`);
  }

  return result.accounts;
}

describe('readMigrationPayload reads exports', () => {
  it('reads the sample export from the field notes', () => {
    expect(readMigrationPayload(SAMPLE)).toEqual({
      ok: true,
      accounts: [
        {
          ...defaults,
          issuer: 'Example',
          accountName: 'alice@google.com',
        },
      ],
      batch: { index: 0, size: 1, id: 0 },
      warnings: [],
    });
  });

  it('reads several accounts in order', () => {
    const bob = { ...alice, secret: bytesOf(RFC_KEY), name: 'Acme:bob' };
    const carol = { secret: bytesOf(KEY), name: 'carol', issuer: 'Globex' };
    const result = read({ accounts: [alice, bob, carol] });

    expect(accountsOf(result)).toEqual([
      defaults,
      { ...defaults, secret: RFC_KEY, accountName: 'bob' },
      { ...defaults, issuer: 'Globex', accountName: 'carol' },
    ]);
  });

  it('reads SHA256 with 8 digits and SHA512', () => {
    const sha256 = { ...alice, algorithm: 2, digits: 2 };
    const sha512 = { ...alice, algorithm: 3 };
    const result = read({ accounts: [sha256, sha512] });

    expect(accountsOf(result)).toEqual([
      { ...defaults, algorithm: 'SHA256', digits: 8 },
      { ...defaults, algorithm: 'SHA512' },
    ]);
  });

  it('reads HOTP counters past 2^31 and 2^32', () => {
    const low = { ...alice, type: 1, counter: 2n ** 31n + 5n };
    const high = { ...alice, type: 1, counter: 2n ** 40n };
    const result = read({ accounts: [low, high] });

    expect(accountsOf(result)).toEqual([
      { ...defaults, kind: 'hotp', counter: 2 ** 31 + 5 },
      { ...defaults, kind: 'hotp', counter: 2 ** 40 },
    ]);
  });

  it('takes unset enums as SHA1, 6 digits and TOTP', () => {
    const bare = { secret: bytesOf(KEY), name: 'Acme:alice@example.com' };

    expect(accountsOf(read({ accounts: [bare] }))).toEqual([defaults]);
  });

  it('ignores a counter on a TOTP account', () => {
    const result = read({ accounts: [{ ...alice, counter: 42n }] });

    expect(accountsOf(result)).toEqual([defaults]);
  });

  it('reads a name longer than 127 bytes (a two-byte length)', () => {
    const long = `${'a'.repeat(150)}@example.com`;
    const bytes = encodeExport({ accounts: [{ ...alice, name: long }] });
    const result = readMigrationPayload(toExportUri(bytes));

    // The account's length takes two bytes too: after the 0x0a tag, the
    // first length byte has its continuation bit set.
    expect(bytes[1]).toBeGreaterThan(0x7f);
    expect(accountsOf(result)).toEqual([{ ...defaults, accountName: long }]);
  });

  it('reads UTF-8 names', () => {
    const name = 'Bäckerei Müller:jörg@例え.jp';
    const account = { ...alice, name, issuer: 'Bäckerei Müller' };
    const result = read({ accounts: [account] });

    expect(accountsOf(result)).toEqual([
      { ...defaults, issuer: 'Bäckerei Müller', accountName: 'jörg@例え.jp' },
    ]);
  });

  it('reads fields in reversed order', () => {
    const hotp = { ...alice, type: 1, counter: 7n, algorithm: 2, digits: 2 };
    const result = read({ accounts: [hotp], batchSize: 2, isReversed: true });

    expect(accountsOf(result)).toEqual([
      { ...defaults, kind: 'hotp', counter: 7, algorithm: 'SHA256', digits: 8 },
    ]);
  });

  it('skips fields it does not know, of every wire type', () => {
    const payload = { accounts: [alice], hasUnknownFields: true };

    expect(read(payload)).toMatchObject({ ok: true, accounts: [defaults] });
    expect(read({ ...payload, isReversed: true })).toMatchObject({
      ok: true,
      accounts: [defaults],
    });
  });

  it('reads the batch of an export spanning several codes', () => {
    const payload = {
      accounts: [alice],
      version: 1,
      batchSize: 3,
      batchIndex: 2,
      batchId: -1_234_567_890,
    };

    expect(read(payload)).toMatchObject({
      ok: true,
      batch: { index: 2, size: 3, id: -1_234_567_890 },
    });
  });
});

describe('readMigrationPayload reads the data as it arrives', () => {
  // Bits 111110 spell "+" in base64 and 111111 spell "/"; the secret
  // starts at byte 4, so two more bytes align the "+" run on a group.
  const plus = [0xfb, 0xef, 0xbe];
  const slash = new Array<number>(5).fill(0xff);
  const secret = new Uint8Array([
    0xff,
    0xff,
    ...plus,
    ...plus,
    ...plus,
    ...slash,
  ]);
  const bytes = encodeExport({ accounts: [{ ...alice, secret }] });
  const data = toBase64(bytes);
  const expected = [{ ...defaults, secret: '7777X3567PX3567PX377777774' }];

  it('has a sample with "+", "/" and "=" in it', () => {
    expect(data).toMatch(/\+.*\/.*=$/);
  });

  it.each([
    ['raw', data],
    ['percent-encoded', encodeURIComponent(data)],
    ['with every "+" turned into a space', data.replace(/\+/g, ' ')],
    ['with "+" as %20', data.replace(/\+/g, '%20')],
    ['without padding', data.replace(/=+$/, '')],
    ['as base64url', data.replace(/\+/g, '-').replace(/\//g, '_')],
  ])('%s', (_, value) => {
    const result = readMigrationPayload(
      `otpauth-migration://offline?data=${value}`,
    );

    expect(accountsOf(result)).toEqual(expected);
  });

  it('reads an untidy URI', () => {
    const text = `  OTPAUTH-MIGRATION://offline?v=1&DATA=${data}&x#top\n`;

    expect(accountsOf(readMigrationPayload(text))).toEqual(expected);
  });
});
