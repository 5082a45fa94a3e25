/** A field that takes a one-time code: one input, or a row of boxes. */
export type CodeField =
  | { kind: 'single'; input: HTMLInputElement; score: number }
  | { kind: 'boxes'; inputs: HTMLInputElement[]; score: number };

/** What a frame reports about its best field; safe to structured-clone. */
export interface FieldSummary {
  kind: CodeField['kind'];
  /** Boxes in the row, or the input's maxlength, or null when unlimited. */
  length: number | null;
  score: number;
}

/** Why a fill did not take, or that it did. */
export type FillOutcome =
  | { ok: true }
  | {
      ok: false;
      reason: 'length-mismatch' | 'value-rejected' | 'field-gone';
    };
