import { Secret, TOTP } from 'otpauth';

/** The issuer shown in authenticator apps, and in the otpauth URI. */
export const ISSUER = 'Twostep Demo';

const PERIOD = 30;
const DIGITS = 6;

/** What checking a code found; a wrong code is a result, not an error. */
export type CodeCheck =
  | { outcome: 'accepted'; step: number }
  | { outcome: 'wrong' }
  | { outcome: 'already-used' };

/** Makes a new random 20-byte secret (RFC 4226 section 4 asks for 160 bits). */
export function generateSecret(): string {
  return new Secret({ size: 20 }).base32;
}

/** Splits a Base32 secret into groups of four, as setup pages show it. */
export function formatSetupKey(secret: string): string {
  return secret.match(/.{1,4}/g)?.join(' ') ?? '';
}

/** The enrollment URI in the Key URI Format authenticator apps read. */
export function buildOtpauthUri(email: string, secret: string): string {
  const issuer = encodeURIComponent(ISSUER);
  const label = `${issuer}:${encodeURIComponent(email)}`;
  const parameters =
    `secret=${secret}&issuer=${issuer}` +
    `&algorithm=SHA1&digits=${DIGITS}&period=${PERIOD}`;

  return `otpauth://totp/${label}?${parameters}`;
}

/** The RFC 6238 time step a timestamp (in milliseconds) falls in. */
export function findTimeStep(timestamp: number): number {
  return TOTP.counter({ period: PERIOD, timestamp });
}

/**
 * Checks a typed code against a secret, allowing one step of clock drift
 * either way (RFC 6238 section 5.2) and refusing any step at or before
 * the last one used, so a code works once (section 5.2 again).
 */
export function checkCode(
  secret: string,
  typedCode: string,
  timestamp: number,
  lastUsedStep: number | null,
): CodeCheck {
  const token = typedCode.replace(/[\s-]/g, '');
  if (!/^\d{6}$/.test(token)) {
    return { outcome: 'wrong' };
  }

  const delta = TOTP.validate({
    token,
    secret: Secret.fromBase32(secret),
    algorithm: 'SHA1',
    digits: DIGITS,
    period: PERIOD,
    timestamp,
    window: 1,
  });
  if (delta === null) {
    return { outcome: 'wrong' };
  }

  const step = findTimeStep(timestamp) + delta;
  if (lastUsedStep !== null && step <= lastUsedStep) {
    return { outcome: 'already-used' };
  }

  return { outcome: 'accepted', step };
}
