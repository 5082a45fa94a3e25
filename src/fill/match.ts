// Latin accents only: stripping every mark would also remove the Japanese
// voicing marks, turning コード (code) into コート (coat).
const LATIN_ACCENTS = /[\u0300-\u036f]/g;

// Keywords this short match only as whole words: "pin" must not hit
// "shipping", nor "tel" "hotel".
const SHORT_KEYWORD_LENGTH = 3;

/** Lower-cases text and drops accents so "Código" reads as "codigo". */
export function normalizeText(text: string): string {
  return text
    .normalize('NFD')
    .replace(LATIN_ACCENTS, '')
    .normalize('NFC')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/** Turns "otpCode" or "mfa_token" into words: "otp code", "mfa token". */
export function splitIdentifier(identifier: string): string {
  const words = identifier
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .replace(/(code|token|input|field)/gi, ' $1 ');

  return normalizeText(words.replace(/[^\p{L}\p{N}]+/gu, ' '));
}

/** Whether normalized text contains the keyword, short ones as words. */
export function hasKeyword(text: string, keyword: string): boolean {
  const isShortAscii =
    keyword.length <= SHORT_KEYWORD_LENGTH && /^[a-z0-9]+$/.test(keyword);
  if (!isShortAscii) {
    return text.includes(keyword);
  }

  return readWordPattern(keyword).test(text);
}

const wordPatterns = new Map<string, RegExp>();

function readWordPattern(keyword: string): RegExp {
  let pattern = wordPatterns.get(keyword);
  if (!pattern) {
    pattern = new RegExp(`(^|[^a-z0-9])${keyword}($|[^a-z])`);
    wordPatterns.set(keyword, pattern);
  }

  return pattern;
}

/** Whether normalized text contains any of the keywords. */
export function hasAnyKeyword(
  text: string,
  keywords: readonly string[],
): boolean {
  return keywords.some((keyword) => hasKeyword(text, keyword));
}

/** Normalizes a keyword list the same way as page text. */
export function normalizeAll(words: string[]): string[] {
  return words.map(normalizeText);
}
