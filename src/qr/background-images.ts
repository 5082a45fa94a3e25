import { isShown, listRoots } from './find-candidates';

/** An element painted with a CSS background image, and the image's address. */
export interface BackgroundImage {
  element: Element;
  address: string;
}

// Chrome and Firefox serialise each image as url("..."), escaping " and
// \; a bare url(...) is read too, in case an engine leaves quotes out.
const CSS_URL = /url\(\s*(?:"((?:[^"\\]|\\.)*)"|([^"'\s)]+))\s*\)/g;

/**
 * Lists the CSS background images of a document's shown elements, open
 * shadow roots included. Gradients and other generated images are left
 * out: they have no address to load.
 */
export function findBackgroundImages(doc: Document): BackgroundImage[] {
  const view = doc.defaultView;
  if (!view) {
    return [];
  }

  const found: BackgroundImage[] = [];
  for (const root of listRoots(doc)) {
    for (const element of root.querySelectorAll('*')) {
      const value = view.getComputedStyle(element).backgroundImage;
      if (!value.includes('url(') || !isShown(element)) {
        continue;
      }

      for (const address of readCssAddresses(value)) {
        found.push({ element, address });
      }
    }
  }

  return found;
}

/** The addresses in a computed `background-image` value, in layer order. */
export function readCssAddresses(value: string): string[] {
  return [...value.matchAll(CSS_URL)].map(([, quoted, bare]) =>
    (quoted ?? bare ?? '').replace(/\\(.)/g, '$1'),
  );
}

/**
 * Whether a script of the page may read an image's pixels: a data:
 * address, or one (blob: addresses too) of the page's own origin. Other
 * sites' images would taint the canvas, so they are not even loaded.
 */
export function isReadableAddress(address: string, origin: string): boolean {
  if (/^data:/i.test(address)) {
    return true;
  }

  try {
    const { origin: imageOrigin } = new URL(address);

    return imageOrigin !== 'null' && imageOrigin === origin;
  } catch {
    // Computed values hold absolute addresses; anything else is unreadable.
    return false;
  }
}
