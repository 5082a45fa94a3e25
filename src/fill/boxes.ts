import { readClues } from './clues';
import { scoreNumericHints } from './hints';
import { scoreClues } from './rate';

const FEWEST_BOXES = 4;
const MOST_BOXES = 10;
const ROW_SCORE = 30;
const BOX_TYPES = new Set(['text', 'tel', 'number', 'password']);
// Without layout, boxes of one row share an ancestor this close.
const ROW_DEPTH = 3;
const SIZE_TOLERANCE = 2;

/** Whether the input takes a single character, like one box of a code. */
export function isBox(input: HTMLInputElement): boolean {
  const isOneWide = input.maxLength === 1 || input.getAttribute('size') === '1';

  return BOX_TYPES.has(input.type) && isOneWide;
}

/** Groups consecutive boxes among usable inputs into rows of 4 to 10. */
export function findRows(
  inputs: HTMLInputElement[],
  layout: boolean,
): HTMLInputElement[][] {
  const rows: HTMLInputElement[][] = [];
  let row: HTMLInputElement[] = [];
  for (const input of inputs) {
    const previous = row[row.length - 1];
    if (previous && !(isBox(input) && isSameRow(previous, input, layout))) {
      rows.push(row);
      row = [];
    }
    if (isBox(input)) {
      row.push(input);
    }
  }
  rows.push(row);

  return rows.filter(
    (row) => row.length >= FEWEST_BOXES && row.length <= MOST_BOXES,
  );
}

/** Scores a row of boxes, or null when any box names something else. */
export function scoreRow(row: HTMLInputElement[]): number | null {
  let best = 0;
  for (const box of row) {
    const score = scoreClues(readClues(box));
    if (score === null) {
      return null;
    }
    best = Math.max(best, score);
  }

  const countScore = row.length === 6 ? 15 : row.length <= 8 ? 10 : 0;
  const hints = row[0] ? Math.min(10, scoreNumericHints(row[0])) : 0;

  return ROW_SCORE + countScore + hints + best;
}

function isSameRow(
  previous: HTMLInputElement,
  next: HTMLInputElement,
  layout: boolean,
): boolean {
  if (previous.type !== next.type) {
    return false;
  }

  return layout ? isBesideOnScreen(previous, next) : areKin(previous, next);
}

function isBesideOnScreen(previous: Element, next: Element): boolean {
  const a = previous.getBoundingClientRect();
  const b = next.getBoundingClientRect();
  const isSameSize =
    Math.abs(a.width - b.width) <= SIZE_TOLERANCE &&
    Math.abs(a.height - b.height) <= SIZE_TOLERANCE;
  const isSameLine = Math.abs(a.top - b.top) <= Math.max(4, a.height / 2);

  return isSameSize && isSameLine && b.left > a.left;
}

function areKin(previous: Element, next: Element): boolean {
  const ofPrevious = new Set(listAncestors(previous));

  return listAncestors(next).some((ancestor) => ofPrevious.has(ancestor));
}

function listAncestors(element: Element): Element[] {
  const ancestors: Element[] = [];
  let node = element.parentElement;
  while (node && ancestors.length < ROW_DEPTH) {
    ancestors.push(node);
    node = node.parentElement;
  }

  return ancestors;
}
