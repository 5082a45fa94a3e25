import { readClues } from './clues';
import { scoreMaxLength, scoreNumericHints } from './hints';
import { hasAnyKeyword } from './match';
import { hasCodeSignal, scoreClues } from './rate';

// Telephone and password inputs are taken only with a code signal: sites
// use them for codes to get a digit keyboard or to mask the code.
const SINGLE_TYPES = new Set(['text', 'number', 'tel', 'password']);
const SHORTEST_CODE = 4;
const ACCOUNT_WORDS = ['user', 'mail', 'login', 'account'];

/** Scores one input as a whole-code field, or null when it cannot be one. */
export function scoreSingle(input: HTMLInputElement): number | null {
  const maxLength = input.maxLength;
  if (!SINGLE_TYPES.has(input.type)) {
    return null;
  }

  if (maxLength > 0 && maxLength < SHORTEST_CODE) {
    return null;
  }

  const clues = readClues(input);
  const score = scoreClues(clues);
  if (score === null) {
    return null;
  }

  const isPicky = input.type === 'tel' || input.type === 'password';
  if (isPicky && !hasCodeSignal(clues)) {
    return null;
  }

  if (input.type === 'password' && hasAccountField(input)) {
    return null;
  }

  return score + scoreNumericHints(input) + scoreMaxLength(maxLength);
}

/** Whether a user name or e-mail input shares the password input's form. */
function hasAccountField(password: HTMLInputElement): boolean {
  const scope: ParentNode =
    password.form ?? (password.getRootNode() as Document | ShadowRoot);
  const inputs = scope.querySelectorAll<HTMLInputElement>('input');

  return [...inputs].some((input) => {
    const autocomplete = input.getAttribute('autocomplete') ?? '';
    const identity = `${input.name} ${input.id} ${autocomplete}`;
    const isAccount =
      input.type === 'email' ||
      hasAnyKeyword(identity.toLowerCase(), ACCOUNT_WORDS);

    return input !== password && input.type !== 'hidden' && isAccount;
  });
}
