import { createHash, timingSafeEqual } from 'node:crypto';

/** SHA-256 of a text, in hex: for secrets too long or short-lived to guess. */
export function digestText(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/** Compares two digests in constant time, as a typed secret's should be. */
export function isSameDigest(actual: string, expected: string): boolean {
  const actualBytes = Buffer.from(actual);
  const expectedBytes = Buffer.from(expected);

  return (
    actualBytes.length === expectedBytes.length &&
    timingSafeEqual(actualBytes, expectedBytes)
  );
}
