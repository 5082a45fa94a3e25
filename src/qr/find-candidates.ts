// Smaller than this, a code would have under one CSS pixel per module.
const MIN_SIDE = 40;

/** An element whose pixels may show a QR code. */
export type Candidate = HTMLImageElement | HTMLCanvasElement | SVGSVGElement;

/**
 * Lists the visible images, canvases and outermost inline SVGs of a
 * document, including those inside open shadow roots.
 */
export function findCandidates(doc: Document): Candidate[] {
  const candidates: Candidate[] = [];
  for (const root of listRoots(doc)) {
    for (const element of root.querySelectorAll('img, canvas, svg')) {
      if (isCandidate(element) && isShown(element)) {
        candidates.push(element);
      }
    }
  }

  return candidates;
}

/** A document and the open shadow roots inside it, outermost first. */
export function listRoots(doc: Document): (Document | ShadowRoot)[] {
  const roots: (Document | ShadowRoot)[] = [doc];
  for (let index = 0; index < roots.length; index++) {
    for (const element of roots[index]!.querySelectorAll('*')) {
      // Closed shadow roots read as null, which is the page's choice.
      if (element.shadowRoot) {
        roots.push(element.shadowRoot);
      }
    }
  }

  return roots;
}

function isCandidate(element: Element): element is Candidate {
  const name = element.localName;
  if (name === 'svg') {
    // A nested <svg> is drawn as part of its outermost one.
    return !element.parentElement?.closest('svg');
  }

  return name === 'img' || name === 'canvas';
}

/** Whether an element is big enough to hold a code and is not hidden. */
export function isShown(element: Element): boolean {
  const { width, height } = element.getBoundingClientRect();
  if (width < MIN_SIDE || height < MIN_SIDE) {
    return false;
  }

  // checkVisibility arrived in Chrome 105 and Firefox 106.
  if (typeof element.checkVisibility === 'function') {
    return element.checkVisibility({
      opacityProperty: true,
      visibilityProperty: true,
    });
  }

  const style = element.ownerDocument.defaultView?.getComputedStyle(element);

  return style?.visibility !== 'hidden' && style?.opacity !== '0';
}
