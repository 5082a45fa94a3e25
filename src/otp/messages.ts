// Sentences the user reads. They never quote the secret or the whole
// text that was scanned, because both end up in screenshots and reports.

const LOOK_FOR_OTHER_APP =
  'On the site, look for an option such as "use another authenticator ' +
  'app" or "can\'t scan the code?" to get a code Twostep can read.';

const EXPORT_AGAIN =
  'Scan the QR code again, or make a new export in Google Authenticator.';

const ASK_FOR_NEW_CODE =
  'Ask the site for a new QR code, or type the setup key by hand.';

export const messages = {
  webLink:
    'This QR code is a web link, not a code for an authenticator app. ' +
    LOOK_FOR_OTHER_APP,
  plainText:
    'This QR code does not set up an authenticator app. ' + LOOK_FOR_OTHER_APP,
  vendorLink:
    "This QR code only works with the site's own app. " + LOOK_FOR_OTHER_APP,
  migration:
    'This QR code is a Google Authenticator export, not a single ' +
    'account. Scan it, or paste its link or image in Add account, and ' +
    'Twostep lists the accounts inside.',
  unsupportedType:
    'This QR code is for a kind of one-time code Twostep cannot make. ' +
    'Twostep makes time-based, counter-based and Steam codes.',
  missingSecret:
    'This setup code has no secret key, so no codes can be made from it. ' +
    ASK_FOR_NEW_CODE,
  emptySecret: 'Enter the setup key the site shows next to its QR code.',
  shortSecret:
    'The setup key is too short to make codes from. ' +
    'Check that you copied all of it.',
  algorithm:
    'This setup code uses a hash algorithm Twostep does not support ' +
    `(only SHA1, SHA256 and SHA512). ${ASK_FOR_NEW_CODE}`,
  digits:
    'This setup code asks for a code length Twostep cannot make: codes ' +
    `have 6 to 8 digits. ${ASK_FOR_NEW_CODE}`,
  period:
    'The time step in this setup code is not a whole number of seconds ' +
    `above zero. ${ASK_FOR_NEW_CODE}`,
  counter:
    'The counter in this setup code is negative or not a whole number, ' +
    `so its codes would never match. ${ASK_FOR_NEW_CODE}`,
  notMigration:
    'This is not a Google Authenticator export: an export code starts ' +
    'with "otpauth-migration://".',
  migrationBase64:
    'This Google Authenticator export is damaged: its data holds ' +
    `characters that do not belong there. ${EXPORT_AGAIN}`,
  migrationGarbled:
    'This Google Authenticator export is damaged or cut short, so its ' +
    `accounts cannot be read. ${EXPORT_AGAIN}`,
  migrationEmpty: `This Google Authenticator export holds no accounts. ${EXPORT_AGAIN}`,
};

// Characters people mistake for base32 letters when copying a key.
const LOOK_ALIKES: Record<string, string> = {
  '0': ' If you typed it, it may be the letter O.',
  '1': ' If you typed it, it may be the letter I or L.',
  '8': ' If you typed it, it may be the letter B.',
};

/** Names one character outside base32; a single stray symbol is no secret. */
export function describeBadCharacter(character: string): string {
  const isVisible = /^[\x21-\x7e]$/.test(character);
  const shown = isVisible ? `"${character}"` : 'a character';

  return (
    `The setup key contains ${shown}, which a key cannot contain: keys use ` +
    'only the letters A to Z and the digits 2 to 7.' +
    (LOOK_ALIKES[character] ?? '')
  );
}

/** Asks the user to settle a parameter that was given twice. */
export function describeDuplicate(parameter: string): string {
  return (
    `This setup code gives "${parameter}" twice with different values, ` +
    `so Twostep cannot tell which is right. ${ASK_FOR_NEW_CODE}`
  );
}

/** Warns about a key that works but is easy to guess. */
export function describeShortSecret(bits: number): string {
  return (
    `The setup key is short (${bits} bits), which makes codes easier to ` +
    'guess. It works, but the site may offer a stronger one.'
  );
}

/** Points out a label and an issuer parameter that name different issuers. */
export function describeTwoIssuers(
  issuer: string,
  labelIssuer: string,
): string {
  return (
    `This code names the issuer both "${issuer}" and "${labelIssuer}". ` +
    'Check the account name and edit it if needed.'
  );
}

/** Says which account of an export was left out; never names it. */
export function describeSkippedAccount(
  position: number,
  total: number,
  problem: string,
): string {
  return `Account ${position} of ${total} in this export was left out because ${problem}.`;
}

/** Explains an export whose every account was left out. */
export function describeNoUsableAccount(skipped: string[]): string {
  return `No account in this export can be used. ${skipped.join(' ')}`;
}
