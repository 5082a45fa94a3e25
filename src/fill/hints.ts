/** Points for the markup hints of a numeric code: inputmode, pattern, type. */
export function scoreNumericHints(input: HTMLInputElement): number {
  let score = 0;
  if (input.getAttribute('inputmode') === 'numeric') {
    score += 10;
  }
  if (/\\d|\[0-9\]/.test(input.getAttribute('pattern') ?? '')) {
    score += 10;
  }
  if (input.type === 'number' || input.type === 'tel') {
    score += 5;
  }

  return score;
}

/** Points for a maxlength that fits a code: 6 to 8 digits, or close. */
export function scoreMaxLength(maxLength: number): number {
  if (maxLength >= 6 && maxLength <= 8) {
    return 15;
  }

  return maxLength >= 4 && maxLength <= 10 ? 5 : 0;
}
