import { findRows, isBox, scoreRow } from './boxes';
import { collectInputs, type ShadowRootReader } from './collect';
import { hasLayout, isUsable } from './layout';
import { scoreSingle } from './single';
import type { CodeField, FieldSummary } from './types';

/** Below this a field is a guess, like any text box on a login page. */
export const MINIMUM_SCORE = 40;

/** How to search; content scripts may pass a reader for closed roots. */
export interface DetectOptions {
  readShadowRoot?: ShadowRootReader;
}

/** Finds the field most likely to take a one-time code, or null. */
export function detectCodeField(
  root: Document | ShadowRoot,
  options: DetectOptions = {},
): CodeField | null {
  const document = root.ownerDocument ?? (root as Document);
  const layout = hasLayout(document);
  const inputs = collectInputs(root, options.readShadowRoot).filter((input) =>
    isUsable(input, layout),
  );
  const fields: CodeField[] = [];
  for (const row of findRows(inputs, layout)) {
    const score = scoreRow(row);
    if (score !== null) {
      fields.push({ kind: 'boxes', inputs: row, score });
    }
  }
  for (const input of inputs) {
    const score = isBox(input) ? null : scoreSingle(input);
    if (score !== null) {
      fields.push({ kind: 'single', input, score });
    }
  }

  const best = fields.reduce<CodeField | null>(
    (winner, field) => (field.score > (winner?.score ?? 0) ? field : winner),
    null,
  );

  return best && best.score >= MINIMUM_SCORE ? best : null;
}

/** Describes a field for the background without handing over elements. */
export function summarize(field: CodeField): FieldSummary {
  if (field.kind === 'boxes') {
    return { kind: 'boxes', length: field.inputs.length, score: field.score };
  }

  const maxLength = field.input.maxLength;

  return {
    kind: 'single',
    length: maxLength > 0 ? maxLength : null,
    score: field.score,
  };
}
