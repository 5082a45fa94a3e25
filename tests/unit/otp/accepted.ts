import { expect, it } from 'vitest';
import { readOtpauthUri, type AccountDraft } from '../../../src/otp';

export const KEY = 'JBSWY3DPEHPK3PXP';
export const TOTP = 'otpauth://totp';

/** A shape seen in real enrollment codes and what the user should see. */
export interface AcceptedRow {
  name: string;
  text: string;
  /** The fields to check; the others must hold the defaults below. */
  fields: Partial<AccountDraft>;
}

const defaults = {
  kind: 'totp',
  secret: KEY,
  algorithm: 'SHA1',
  digits: 6,
  period: 30,
  counter: 0,
  warnings: [],
};

/** One test per row: the text reads as an account with those fields. */
export function itAccepts(rows: AcceptedRow[]): void {
  it.each(rows)('$name', ({ text, fields }) => {
    const result = readOtpauthUri(text);

    expect(result).toEqual({
      ok: true,
      account: expect.objectContaining({ ...defaults, ...fields }),
    });
    for (const warning of result.ok ? result.account.warnings : []) {
      expect(warning).not.toContain(KEY.slice(0, 8));
    }
  });
}
