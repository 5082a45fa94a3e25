/** Whether the browser laid the page out; happy-dom and jsdom do not. */
export function hasLayout(document: Document): boolean {
  const rect = document.documentElement.getBoundingClientRect();

  return rect.width > 0 || rect.height > 0;
}

/** Whether a person could see the input and type into it. */
export function isUsable(input: HTMLInputElement, layout: boolean): boolean {
  const isLocked =
    input.type === 'hidden' ||
    input.disabled ||
    input.readOnly ||
    input.closest('[hidden], [inert], fieldset[disabled]') !== null;
  if (isLocked || !isDisplayed(input)) {
    return false;
  }

  if (!layout) {
    return true;
  }

  const rect = input.getBoundingClientRect();

  return rect.width > 0 && rect.height > 0;
}

// Opacity is not checked on purpose: code widgets often lay a transparent
// real input over decorative boxes, and that input is the one to fill.
function isDisplayed(input: HTMLInputElement): boolean {
  const view = input.ownerDocument.defaultView;
  if (!view) {
    return false;
  }

  const visibility = view.getComputedStyle(input).visibility;
  if (visibility === 'hidden' || visibility === 'collapse') {
    return false;
  }

  // checkVisibility (Chrome 105, Firefox 106) also sees through shadow roots.
  if (typeof input.checkVisibility === 'function') {
    return input.checkVisibility();
  }

  for (let node: Element | null = input; node; node = parentOf(node)) {
    if (view.getComputedStyle(node).display === 'none') {
      return false;
    }
  }

  return true;
}

function parentOf(element: Element): Element | null {
  const root = element.getRootNode();

  return element.parentElement ?? (root as ShadowRoot).host ?? null;
}
