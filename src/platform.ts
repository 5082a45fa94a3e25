import { browser } from 'wxt/browser';

interface FirefoxElement extends Element {
  openOrClosedShadowRoot?: ShadowRoot | null;
}

/**
 * The shadow root of an element, closed ones included, as far as the
 * browser lets a content script see it. Firefox puts the accessor on the
 * element as a property; Chrome 88+ has dom.openOrClosedShadowRoot.
 */
export function readShadowRoot(element: Element): ShadowRoot | null {
  // Firefox: a read-only property of the element, not a method.
  if ('openOrClosedShadowRoot' in element) {
    return (element as FirefoxElement).openOrClosedShadowRoot ?? null;
  }
  if (browser.dom?.openOrClosedShadowRoot && element instanceof HTMLElement) {
    return browser.dom.openOrClosedShadowRoot(element);
  }

  return element.shadowRoot;
}
