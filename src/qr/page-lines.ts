import { listRoots } from './find-candidates';

// Labels a few levels up give a copy field its context ("Secret key").
const LABEL_LEVELS = 3;
const CONTEXT_LINES = 3;

/**
 * The text a person sees on a page, line by line as the browser lays it
 * out (innerText skips hidden elements), then the value of each text field
 * after the lines around it: some sites show the key in a read-only field
 * for copying. Open shadow roots count too.
 */
export function readPageLines(doc: Document): string[] {
  const lines = splitLines(doc.body?.innerText ?? '');
  for (const root of listRoots(doc)) {
    if (root !== doc) {
      lines.push(...readShadowLines(root as ShadowRoot));
    }
    for (const field of root.querySelectorAll('input, textarea')) {
      lines.push(...readFieldLines(field as HTMLInputElement));
    }
  }

  return lines;
}

function readShadowLines(root: ShadowRoot): string[] {
  return [...root.children].flatMap((child) =>
    splitLines((child as HTMLElement).innerText ?? ''),
  );
}

/** A text field's value, after one line of the words around it. */
function readFieldLines(field: HTMLInputElement): string[] {
  const isText = field.localName === 'textarea' || field.type === 'text';
  if (!isText || !field.value.trim() || !isShown(field)) {
    return [];
  }

  const labels = [...(field.labels ?? [])].map((label) => label.innerText);
  let container: Element | null = field;
  for (let level = 0; level < LABEL_LEVELS && container; level++) {
    container = container.parentElement;
  }
  const around = splitLines((container as HTMLElement | null)?.innerText ?? '');

  // One line of context right above the value, so the value is as near
  // to its words as a key printed under a heading.
  const context = [
    ...labels,
    field.getAttribute('aria-label') ?? '',
    ...around.slice(-CONTEXT_LINES),
  ].join(' ');

  return [context, field.value];
}

function isShown(element: Element): boolean {
  // checkVisibility arrived in Chrome 105 and Firefox 106.
  if (typeof element.checkVisibility === 'function') {
    return element.checkVisibility({ visibilityProperty: true });
  }

  return element.getClientRects().length > 0;
}

function splitLines(text: string): string[] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '');
}
