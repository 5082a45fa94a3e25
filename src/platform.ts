import { browser } from 'wxt/browser';

interface FirefoxElement extends Element {
  openOrClosedShadowRoot?: () => ShadowRoot | null;
}

/**
 * The shadow root of an element, closed ones included, as far as the
 * browser lets a content script see it. Firefox puts the accessor on the
 * element; Chrome 88+ has dom.openOrClosedShadowRoot.
 */
export function readShadowRoot(element: Element): ShadowRoot | null {
  const firefoxAccessor = (element as FirefoxElement).openOrClosedShadowRoot;
  if (typeof firefoxAccessor === 'function') {
    return firefoxAccessor.call(element);
  }
  if (browser.dom?.openOrClosedShadowRoot && element instanceof HTMLElement) {
    return browser.dom.openOrClosedShadowRoot(element);
  }

  return element.shadowRoot;
}
