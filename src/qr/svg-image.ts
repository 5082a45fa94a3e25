import type { Size } from './draw-size';

// Properties that page CSS often sets on QR code SVGs and that a serialised
// copy, drawn outside the page, would lose.
const PAINT_PROPERTIES = ['fill', 'stroke', 'color'] as const;

/**
 * Copies an inline SVG, with its computed paint, into an image element
 * that a canvas can draw. The image is still loading when returned.
 */
export function loadSvgImage(
  svg: SVGSVGElement,
  rendered: Size,
): HTMLImageElement | null {
  const doc = svg.ownerDocument;
  const view = doc.defaultView;
  if (!view) {
    return null;
  }

  const copy = svg.cloneNode(true) as SVGSVGElement;
  copyPaint(view, svg, copy);
  copy.setAttribute('width', String(rendered.width));
  copy.setAttribute('height', String(rendered.height));
  const markup = new XMLSerializer().serializeToString(copy);
  const image = doc.createElement('img');
  image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(markup)}`;

  return image;
}

function copyPaint(view: Window, svg: SVGSVGElement, copy: SVGSVGElement) {
  const originals = [svg, ...svg.querySelectorAll('*')];
  const copies = [copy, ...copy.querySelectorAll('*')];
  originals.forEach((original, index) => {
    // Every element in an SVG tree, foreignObject content too, has a style.
    const target = copies[index] as SVGElement | undefined;
    if (!target?.style) {
      return;
    }

    const style = view.getComputedStyle(original);
    for (const property of PAINT_PROPERTIES) {
      target.style.setProperty(property, style.getPropertyValue(property));
    }
  });
}
