import type { CodeField } from '../../../src/fill';

/** The browser's own value accessor, around any page patch. */
export const nativeValue = Object.getOwnPropertyDescriptor(
  HTMLInputElement.prototype,
  'value',
)!;

/** Fills the page with copies of an input and returns them. */
export function addInputs(count: number, html = '<input>'): HTMLInputElement[] {
  document.body.innerHTML = `<div>${html.repeat(count)}</div>`;

  return [...document.querySelectorAll('input')];
}

/** A single-input field, as detection would give it. */
export function asSingle(input: HTMLInputElement): CodeField {
  return { kind: 'single', input, score: 100 };
}

/** A row-of-boxes field, as detection would give it. */
export function asBoxes(inputs: HTMLInputElement[]): CodeField {
  return { kind: 'boxes', inputs, score: 100 };
}

// Mirrors React's value tracking: a setter on the element itself records
// what a script wrote, and onChange runs only when the DOM value differs.
export function trackLikeReact(input: HTMLInputElement, onChange: () => void) {
  let tracked = input.value;
  Object.defineProperty(input, 'value', {
    configurable: true,
    get: () => nativeValue.get!.call(input),
    set: (value: string) => {
      tracked = value;
      nativeValue.set!.call(input, value);
    },
  });
  input.addEventListener('input', () => {
    const current = nativeValue.get!.call(input) as string;
    if (current !== tracked) {
      tracked = current;
      onChange();
    }
  });
}
