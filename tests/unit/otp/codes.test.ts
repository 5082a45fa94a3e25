import { Secret } from 'otpauth';
import { describe, expect, it } from 'vitest';
import { generateCode, type OtpParameters } from '../../../src/otp';

// RFC 6238 appendix B: each hash has its own seed, the ASCII digits
// "1234567890" repeated to the hash's output length.
function seed(length: number): string {
  const ascii = '1234567890'.repeat(7).slice(0, length);

  return Secret.fromLatin1(ascii).base32;
}

const base: OtpParameters = {
  kind: 'totp',
  secret: seed(20),
  algorithm: 'SHA1',
  digits: 6,
  period: 30,
  counter: 0,
};

describe('HOTP, RFC 4226 appendix D', () => {
  // prettier-ignore
  const codes = [
    '755224', '287082', '359152', '969429', '338314',
    '254676', '287922', '162583', '399871', '520489',
  ];

  it.each(codes.map((code, counter) => ({ counter, code })))(
    'counter $counter gives $code',
    ({ counter, code }) => {
      expect(generateCode({ ...base, kind: 'hotp', counter })).toBe(code);
    },
  );

  it('ignores the clock', () => {
    const params: OtpParameters = { ...base, kind: 'hotp', counter: 3 };

    expect(generateCode(params, 0)).toBe(generateCode(params, 9e12));
  });
});

describe('TOTP, RFC 6238 appendix B', () => {
  const table: [number, string, string, string][] = [
    [59, '94287082', '46119246', '90693936'],
    [1111111109, '07081804', '68084774', '25091201'],
    [1111111111, '14050471', '67062674', '99943326'],
    [1234567890, '89005924', '91819424', '93441116'],
    [2000000000, '69279037', '90698825', '38618901'],
    [20000000000, '65353130', '77737706', '47863826'],
  ];
  const rows = table.flatMap(
    ([seconds, sha1, sha256, sha512]) =>
      [
        { seconds, algorithm: 'SHA1', seedLength: 20, code: sha1 },
        { seconds, algorithm: 'SHA256', seedLength: 32, code: sha256 },
        { seconds, algorithm: 'SHA512', seedLength: 64, code: sha512 },
      ] as const,
  );

  it.each(rows)(
    '$algorithm at t=$seconds gives $code',
    ({ seconds, algorithm, seedLength, code }) => {
      const params = {
        ...base,
        algorithm,
        secret: seed(seedLength),
        digits: 8,
      };

      expect(generateCode(params, seconds * 1000)).toBe(code);
    },
  );

  it('uses the last step before a boundary, and the next one on it', () => {
    const params = { ...base, digits: 8 };

    expect(generateCode(params, 59_999)).toBe('94287082');
    expect(generateCode(params, 60_000)).not.toBe('94287082');
  });

  it('honours periods other than 30 s', () => {
    const params = { ...base, digits: 8, period: 60 };

    // t=59 with 60 s steps is step 0: the RFC 4226 counter-0 code.
    expect(generateCode(params, 59_000)).toBe('84755224');
  });
});

describe('Steam Guard', () => {
  const steam = { ...base, kind: 'steam', secret: 'JBSWY3DPEHPK3PXP' } as const;

  it.each([
    { seconds: 59, code: '2YXGV' },
    { seconds: 1111111109, code: 'CWDGV' },
    { seconds: 1700000000, code: '2KM2P' },
  ])('t=$seconds gives $code', ({ seconds, code }) => {
    expect(generateCode({ ...steam, digits: 5 }, seconds * 1000)).toBe(code);
  });
});
