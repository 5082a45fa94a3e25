/** An enrollment code's text, as a site shows it. */
export const ENROLLMENT =
  'otpauth://totp/Example:alice?secret=JBSWY3DPEHPK3PXP&issuer=Example';

/** A code many sign-up pages show beside it, for installing an app. */
export const APP_STORE =
  'https://apps.apple.com/app/authenticator/id1234567890';
