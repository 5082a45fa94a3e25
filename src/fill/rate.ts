import { CHANNEL_WORDS, IDENTITY_WORDS, RECOVERY_WORDS } from './blockers';
import type { Clues } from './clues';
import { FOREIGN_WORDS } from './foreign';
import { hasAnyKeyword } from './match';
import {
  APP_WORDS,
  CODE_QUALIFIERS,
  CODE_WORDS,
  STRONG_WORDS,
  VERIFY_STEMS,
} from './words';

const STRONG_RATING = 40;
const ONE_TIME_CODE_BONUS = 60;
const OTHER_CHANNEL_PENALTY = 25;
const CAPTCHA_IMAGE_WORDS = ['captcha', 'kaptcha', 'verify img', 'img code'];

// Autofill field names of the HTML standard that are not a code.
const OTHER_AUTOFILL_NAMES = [
  'username',
  'email',
  'tel.*',
  'cc-.*',
  'postal-code',
  '(current|new)-password',
  'street-address',
  'address-.*',
  '(given|family|additional)-name',
  'name',
  'nickname',
  'country.*',
  'organization.*',
  'bday.*',
  'url',
];
const OTHER_AUTOFILL = new RegExp(`^(${OTHER_AUTOFILL_NAMES.join('|')})$`);

/** How plainly normalized text asks for a one-time code, from 0 to 40. */
export function rateText(text: string): number {
  if (hasAnyKeyword(text, STRONG_WORDS)) {
    return STRONG_RATING;
  }

  const hasCode = hasAnyKeyword(text, CODE_WORDS);
  const hasVerify = hasAnyKeyword(text, VERIFY_STEMS);
  if (hasCode && hasVerify) {
    return STRONG_RATING;
  }

  if (hasCode && hasAnyKeyword(text, CODE_QUALIFIERS)) {
    return 30;
  }

  return hasVerify ? 25 : hasCode ? 20 : 0;
}

/** Whether the text names something that is not a sign-in code. */
function isForeign(text: string): boolean {
  const rating = rateText(text);
  if (hasAnyKeyword(text, FOREIGN_WORDS)) {
    return true;
  }

  // "Authentication or recovery code" still takes an authentication code.
  if (rating < STRONG_RATING && hasAnyKeyword(text, RECOVERY_WORDS)) {
    return true;
  }

  // "Phone" is a phone number, but "code sent to your phone" is a code.
  return rating === 0 && hasAnyKeyword(text, IDENTITY_WORDS);
}

/** Whether the field asks for a code sent by SMS or e-mail, not an app's. */
function isOtherChannel(clues: Clues): boolean {
  const direct = `${clues.identity} ${clues.label}`;
  const all = `${direct} ${clues.nearby}`;

  return hasAnyKeyword(direct, CHANNEL_WORDS) && !hasAnyKeyword(all, APP_WORDS);
}

/** Whether the name, label or autocomplete token hint at a code at all. */
export function hasCodeSignal(clues: Clues): boolean {
  const direct = `${clues.identity} ${clues.classes} ${clues.label}`;

  return clues.autocomplete.includes('one-time-code') || rateText(direct) > 0;
}

/** Scores what the clues say about a field, or null when it is not one. */
export function scoreClues(clues: Clues): number | null {
  const isBlocked =
    isForeign(clues.identity) ||
    isForeign(clues.label) ||
    hasAnyKeyword(clues.images, CAPTCHA_IMAGE_WORDS) ||
    clues.autocomplete.some((token) => OTHER_AUTOFILL.test(token));
  if (isBlocked) {
    return null;
  }

  // Text around the field hints but never blocks: "Lost your phone? Use a
  // recovery code" often sits right under the real code field.
  const nearby = hasAnyKeyword(clues.nearby, FOREIGN_WORDS)
    ? 0
    : rateText(clues.nearby) / 2;
  let score =
    rateText(`${clues.identity} ${clues.classes}`) +
    rateText(clues.label) +
    nearby;
  if (clues.autocomplete.includes('one-time-code')) {
    score += ONE_TIME_CODE_BONUS;
  }
  if (isOtherChannel(clues)) {
    score -= OTHER_CHANNEL_PENALTY;
  }

  return Math.round(score);
}
