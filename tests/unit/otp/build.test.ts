import { describe, expect, it } from 'vitest';
import {
  buildOtpauthUri,
  generateCode,
  readOtpauthUri,
  type ExportedAccount,
} from '../../../src/otp';

const totp: ExportedAccount = {
  kind: 'totp',
  secret: 'JBSWY3DPEHPK3PXP',
  algorithm: 'SHA256',
  digits: 8,
  period: 60,
  counter: 0,
  issuer: 'Acme & Co',
  accountName: 'alice+2fa@example.com',
};

// Steam fixes the hash, length and period; nothing else reads back.
const steam = {
  kind: 'steam',
  algorithm: 'SHA1',
  digits: 5,
  period: 30,
} as const;

describe('buildOtpauthUri', () => {
  it('writes the standard form', () => {
    expect(buildOtpauthUri(totp)).toBe(
      'otpauth://totp/Acme%20%26%20Co:alice%2B2fa%40example.com' +
        '?issuer=Acme%20%26%20Co&secret=JBSWY3DPEHPK3PXP' +
        '&algorithm=SHA256&digits=8&period=60',
    );
  });

  it.each([
    { name: 'TOTP', account: totp },
    {
      name: 'HOTP',
      account: { ...totp, kind: 'hotp', counter: 7, period: 30 },
    },
    { name: 'Steam', account: { ...totp, ...steam } },
    { name: 'no issuer', account: { ...totp, issuer: '' } },
    { name: 'a colon in the issuer', account: { ...totp, issuer: 'A:B' } },
    { name: 'Unicode names', account: { ...totp, accountName: '田中 é' } },
  ] satisfies { name: string; account: ExportedAccount }[])(
    'reads back $name unchanged',
    ({ account }) => {
      const result = readOtpauthUri(buildOtpauthUri(account));
      const read = result.ok ? result.account : undefined;

      expect(read).toMatchObject({ ...account, warnings: [] });
      expect(read && generateCode(read, 1e12)).toBe(
        generateCode(account, 1e12),
      );
    },
  );
});
