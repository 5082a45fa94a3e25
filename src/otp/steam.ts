import { HOTP, Secret } from 'otpauth';

const STEAM_ALPHABET = '23456789BCDFGHJKMNPQRTVWXY';
const STEAM_LENGTH = 5;

/**
 * With 10 digits the final `mod 10^digits` of RFC 4226 keeps the whole
 * truncated value, because 10^10 is larger than 2^31. This reuses the
 * library's HMAC, which works the same in Node and in the browser.
 */
const WHOLE_VALUE_DIGITS = 10;

/** The 31-bit dynamic truncation of HMAC-SHA1 (RFC 4226, section 5.3). */
function truncateHmacSha1(secret: Secret, counter: number): number {
  const decimal = HOTP.generate({
    secret,
    algorithm: 'SHA1',
    digits: WHOLE_VALUE_DIGITS,
    counter,
  });

  return Number(decimal);
}

/** A Steam Guard code: the truncated value spelled in Steam's alphabet. */
export function generateSteamCode(secret: Secret, counter: number): string {
  let value = truncateHmacSha1(secret, counter);
  let code = '';

  // Least significant character first, as the Steam mobile app does.
  for (let index = 0; index < STEAM_LENGTH; index++) {
    code += STEAM_ALPHABET.charAt(value % STEAM_ALPHABET.length);
    value = Math.floor(value / STEAM_ALPHABET.length);
  }

  return code;
}
