import type { BackupCodeCheck } from '../backup-code-store.ts';
import type { EmailCodeCheck } from '../email-codes.ts';
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

/** The sentence a refused e-mailed code shows, or undefined if accepted. */
export function describeEmailCodeCheck(
  check: EmailCodeCheck,
): string | undefined {
  switch (check) {
    case 'accepted':
      return undefined;
    case 'wrong':
      return 'Wrong code. Try again.';
    case 'expired':
      return 'That code has expired. Send a new one.';
    case 'too-many':
      return 'Too many wrong codes. Send a new one.';
  }
}

/** The sentence a refused backup code shows, or undefined if accepted. */
export function describeBackupCodeCheck(
  check: BackupCodeCheck,
): string | undefined {
  switch (check) {
    case 'accepted':
      return undefined;
    case 'wrong':
      return 'Wrong backup code. Try again.';
    case 'already-used':
      return 'That backup code was already used. Try another one.';
  }
}
