import { HOTP, Secret, TOTP, URI } from 'otpauth';
import type { OtpParameters } from './types';

/** What an exported account needs: its parameters and its names. */
export type ExportedAccount = OtpParameters & {
  issuer: string;
  accountName: string;
};

/**
 * A standard Key URI for `account`. Steam accounts get `encoder=steam`,
 * which `readOtpauthUri` and other authenticators read back as Steam.
 */
export function buildOtpauthUri(account: ExportedAccount): string {
  const common = {
    issuer: account.issuer,
    label: account.accountName,
    secret: Secret.fromBase32(account.secret),
    algorithm: account.algorithm,
    digits: account.digits,
  };

  if (account.kind === 'hotp') {
    return URI.stringify(new HOTP({ ...common, counter: account.counter }));
  }

  const uri = URI.stringify(new TOTP({ ...common, period: account.period }));

  return account.kind === 'steam' ? `${uri}&encoder=steam` : uri;
}
