/** A width and height in pixels. */
export interface Size {
  width: number;
  height: number;
}

// Beyond this, jsQR takes seconds and codes have modules to spare.
const COMFORTABLE_LONG_SIDE = 2048;
// Memory bound for a page that shows an enormous element.
const MAX_LONG_SIDE = 4096;
// Vector art has no natural size; this gives even a small code room.
const MIN_VECTOR_LONG_SIDE = 256;

/**
 * Chooses the size to draw a bitmap (an image or canvas) at for decoding:
 * its natural size, shrunk when huge, but never below the size the page
 * shows it at, so a code the user can see keeps its detail.
 */
export function chooseBitmapSize(
  natural: Size,
  rendered: Size,
  pixelRatio: number,
): Size {
  const naturalLong = Math.max(natural.width, natural.height);
  const shownLong = Math.max(rendered.width, rendered.height) * pixelRatio;
  const longSide = Math.min(
    naturalLong,
    Math.max(COMFORTABLE_LONG_SIDE, Math.min(shownLong, MAX_LONG_SIDE)),
  );

  return scaleToLongSide(natural, longSide);
}

/** Chooses the size to rasterise vector art (SVG) at for decoding. */
export function chooseVectorSize(rendered: Size, pixelRatio: number): Size {
  const shownLong = Math.max(rendered.width, rendered.height) * pixelRatio;
  const longSide = Math.min(
    Math.max(shownLong, MIN_VECTOR_LONG_SIDE),
    COMFORTABLE_LONG_SIDE,
  );

  return scaleToLongSide(rendered, longSide);
}

function scaleToLongSide(size: Size, longSide: number): Size {
  const scale = longSide / Math.max(size.width, size.height, 1);

  return {
    width: Math.max(1, Math.round(size.width * scale)),
    height: Math.max(1, Math.round(size.height * scale)),
  };
}
