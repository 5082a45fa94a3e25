import { randomInt } from 'node:crypto';
import { digestText } from './digests.ts';

/** How many codes a batch has. */
export const BACKUP_CODE_COUNT = 10;

const DIGITS = 8;

/** Makes a batch of distinct random eight-digit codes. */
export function generateBackupCodes(): string[] {
  const codes = new Set<string>();
  while (codes.size < BACKUP_CODE_COUNT) {
    const code = randomInt(10 ** DIGITS).toString();
    codes.add(code.padStart(DIGITS, '0'));
  }

  return [...codes];
}

/** Splits a code into two groups of four, as it is shown: `1234 5678`. */
export function formatBackupCode(code: string): string {
  return `${code.slice(0, 4)} ${code.slice(4)}`;
}

/** The eight digits of a typed code, or undefined if it has no eight. */
export function normalizeBackupCode(typedCode: string): string | undefined {
  const code = typedCode.replace(/\s/g, '');

  return /^\d{8}$/.test(code) ? code : undefined;
}

/**
 * Reads a batch posted back from the page, or undefined when it is not
 * a batch. Its order and grouping are kept, so the page can show it again.
 */
export function parseBackupCodes(text: string): string[] | undefined {
  const codes = text.split(',').map(normalizeBackupCode);
  const isBatch =
    codes.length === BACKUP_CODE_COUNT &&
    codes.every((code) => code !== undefined);

  return isBatch ? (codes as string[]) : undefined;
}

/**
 * One digest for a whole batch: ten codes together are far too many
 * to guess, so a plain SHA-256 is safe to keep until they are saved.
 */
export function digestBackupCodes(codes: readonly string[]): string {
  return digestText(codes.join(','));
}
