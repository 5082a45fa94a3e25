import { HOTP, Secret, TOTP } from 'otpauth';
import { generateSteamCode } from './steam';
import { timeStep } from './time';
import type { OtpParameters } from './types';

/** The code to show for `params` at `now` (milliseconds since the epoch). */
export function generateCode(
  params: OtpParameters,
  now: number = Date.now(),
): string {
  const secret = Secret.fromBase32(params.secret);
  const { algorithm, digits, period } = params;

  switch (params.kind) {
    case 'hotp':
      return HOTP.generate({
        secret,
        algorithm,
        digits,
        counter: params.counter,
      });
    case 'totp':
      return TOTP.generate({
        secret,
        algorithm,
        digits,
        period,
        timestamp: now,
      });
    case 'steam':
      return generateSteamCode(secret, timeStep(period, now));
  }
}
