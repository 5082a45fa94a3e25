import type { CodeCheck } from '../totp.ts';

/** Shown when the e-mail is unknown or the password does not match. */
export const WRONG_CREDENTIALS = 'Wrong e-mail or password';

/** Shown when a reconfirmed password does not match. */
export const WRONG_PASSWORD = 'Wrong password. Try again.';

/** The sentence a refused code shows, or undefined for an accepted one. */
export function describeCodeCheck(check: CodeCheck): string | undefined {
  switch (check.outcome) {
    case 'accepted':
      return undefined;
    case 'wrong':
      return 'Wrong code. Try again.';
    case 'already-used':
      return 'That code was already used. Wait for the next one.';
  }
}
