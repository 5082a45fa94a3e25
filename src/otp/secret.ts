import { Secret } from 'otpauth';
import { OtpUriError } from './errors';
import {
  describeBadCharacter,
  describeShortSecret,
  messages,
} from './messages';

// RFC 4226 asks for 128 bits, but 80-bit keys (16 characters) are the
// norm on real sites; warning about them would teach users to ignore
// warnings. Below 80 bits (a 40-bit key exists in the wild) we speak up.
const WARN_BELOW_BITS = 80;

/** A secret stripped of grouping spaces, hyphens and `=` padding. */
export function normaliseSecret(input: string): string {
  return input.replace(/[\s-]+/g, '').replace(/=+$/, '');
}

/** A typed or scanned base32 secret, upper case, with warnings to show. */
export function readSecret(input: string): {
  secret: string;
  warnings: string[];
} {
  const normalised = normaliseSecret(input);

  if (normalised === '') {
    throw new OtpUriError('missing-secret', messages.emptySecret);
  }

  const badCharacter = /[^A-Za-z2-7]/u.exec(normalised);

  if (badCharacter) {
    throw new OtpUriError('bad-secret', describeBadCharacter(badCharacter[0]));
  }

  const secret = normalised.toUpperCase();
  const bits = Secret.fromBase32(secret).bytes.length * 8;

  // One character carries 5 bits, less than a byte: nothing to hash.
  if (bits === 0) {
    throw new OtpUriError('bad-secret', messages.shortSecret);
  }

  const isShort = bits < WARN_BELOW_BITS;
  const warnings = isShort ? [describeShortSecret(bits)] : [];

  return { secret, warnings };
}
