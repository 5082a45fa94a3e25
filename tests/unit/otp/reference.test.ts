import { createHmac } from 'node:crypto';
import { Secret } from 'otpauth';
import { describe, expect, it } from 'vitest';
import { generateCode, type OtpParameters } from '../../../src/otp';

// An independent RFC 4226 implementation on Node's crypto, written with
// plain arithmetic, to check times and counters the RFCs do not list.
function truncate(key: Uint8Array, algorithm: string, counter: number) {
  const message = Buffer.alloc(8);
  message.writeBigUInt64BE(BigInt(counter));
  const digest = createHmac(algorithm, key).update(message).digest();
  const offset = (digest[digest.length - 1] ?? 0) % 16;

  return digest.readUInt32BE(offset) % 2 ** 31;
}

function steamReference(key: Uint8Array, counter: number): string {
  const alphabet = '23456789BCDFGHJKMNPQRTVWXY';
  let value = truncate(key, 'sha1', counter);
  let code = '';

  for (let index = 0; index < 5; index++) {
    code += alphabet[value % 26];
    value = Math.floor(value / 26);
  }

  return code;
}

const secret = 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP';
const key = Secret.fromBase32(secret).bytes;
const totp: OtpParameters = {
  kind: 'totp',
  secret,
  algorithm: 'SHA256',
  digits: 7,
  period: 30,
  counter: 0,
};

// 2^32 s is in 2106; 2^32 time steps of 30 s are far later still.
const seconds = [0, 2 ** 31, 2 ** 32 - 1, 2 ** 32, 2 ** 32 + 29, 2 ** 40];

describe('against an independent implementation', () => {
  it.each(seconds)('TOTP and Steam agree at t=%d', (second) => {
    const counter = Math.floor(second / 30);
    const expected = truncate(key, 'sha256', counter) % 10 ** 7;

    expect(generateCode(totp, second * 1000)).toBe(
      String(expected).padStart(7, '0'),
    );
    expect(generateCode({ ...totp, kind: 'steam' }, second * 1000)).toBe(
      steamReference(key, counter),
    );
  });

  it.each([0, 2 ** 32 - 1, 2 ** 32, 2 ** 33 + 5, Number.MAX_SAFE_INTEGER])(
    'HOTP agrees at counter %d',
    (counter) => {
      const params = { ...totp, kind: 'hotp', algorithm: 'SHA512' } as const;
      const expected = truncate(key, 'sha512', counter) % 10 ** 7;

      expect(generateCode({ ...params, counter })).toBe(
        String(expected).padStart(7, '0'),
      );
    },
  );

  it('spells many Steam steps with the full 31-bit value', () => {
    for (let step = 0; step < 500; step++) {
      const code = generateCode({ ...totp, kind: 'steam' }, step * 30_000);

      expect(code).toBe(steamReference(key, step));
    }
  });
});
