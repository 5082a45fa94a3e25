import { readSecret } from '../otp/secret';
import type { AccountDraft } from '../otp/types';

/** The note shown beside an account read from a page's text. */
export const SETUP_KEY_NOTE =
  'Read from the setup key shown on the page. Twostep assumed the usual ' +
  '6-digit codes that change every 30 seconds: check that the site ' +
  'accepts the first code.';

/**
 * Makes an account from a setup key shown as text. The page names neither
 * the issuer nor the account, so both stay empty for the user to fill in;
 * the parameters are those of RFC 6238's defaults, which nearly every site
 * that shows a bare key uses. Returns null for a key that is no key.
 */
export function draftFromSetupKey(key: string): AccountDraft | null {
  try {
    const { secret, warnings } = readSecret(key);

    return {
      kind: 'totp',
      secret,
      algorithm: 'SHA1',
      digits: 6,
      period: 30,
      counter: 0,
      issuer: '',
      accountName: '',
      warnings,
    };
  } catch {
    // findSetupKeys only passes Base32 runs, so this is a defence: a key
    // that readSecret refuses is simply not offered.
    return null;
  }
}
