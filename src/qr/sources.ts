import { chooseBitmapSize, chooseVectorSize, type Size } from './draw-size';
import type { Candidate } from './find-candidates';
import type { RgbaImage } from './rgba-image';
import { loadSvgImage } from './svg-image';

// Lazy images below the fold may never load; the scan should not wait.
const LOAD_TIMEOUT_MS = 2000;

/** Waits for images that are still loading, at most two seconds in all. */
export async function waitForImages(
  elements: readonly Candidate[],
): Promise<void> {
  const loading = elements.filter(
    (element): element is HTMLImageElement =>
      element.localName === 'img' && !(element as HTMLImageElement).complete,
  );
  if (loading.length > 0) {
    await waitForAll(loading);
  }
}

/**
 * Reads the pixels of an image, canvas or inline SVG, or returns null when
 * the browser withholds them (another site's image) or they never load.
 */
export async function readPixels(
  element: Candidate,
): Promise<RgbaImage | null> {
  const doc = element.ownerDocument;
  const pixelRatio = doc.defaultView?.devicePixelRatio ?? 1;
  const rendered = element.getBoundingClientRect();
  if (element.localName === 'svg') {
    const image = loadSvgImage(element as SVGSVGElement, rendered);
    const isLoaded = image !== null && (await waitForAll([image]));

    return isLoaded
      ? drawPixels(doc, image, chooseVectorSize(rendered, pixelRatio))
      : null;
  }

  if (element.localName === 'canvas') {
    const canvas = element as HTMLCanvasElement;
    const natural = { width: canvas.width, height: canvas.height };

    return drawPixels(
      doc,
      canvas,
      chooseBitmapSize(natural, rendered, pixelRatio),
    );
  }

  const image = element as HTMLImageElement;
  const isBroken = image.naturalWidth === 0 && !isVectorImage(image);
  if (!image.complete || isBroken) {
    return null;
  }

  return drawPixels(doc, image, chooseImageSize(image, rendered, pixelRatio));
}

/**
 * Reads the pixels of an image at an address the page may read (its own
 * or a data: address), as a CSS background shows it in `element`.
 */
export async function readImageAddress(
  element: Element,
  address: string,
): Promise<RgbaImage | null> {
  const doc = element.ownerDocument;
  const pixelRatio = doc.defaultView?.devicePixelRatio ?? 1;
  const rendered = element.getBoundingClientRect();
  const image = doc.createElement('img');
  image.src = address;
  if (!(await waitForAll([image]))) {
    return null;
  }

  return drawPixels(doc, image, chooseImageSize(image, rendered, pixelRatio));
}

/** Says whether all images loaded before the timeout. */
async function waitForAll(images: HTMLImageElement[]): Promise<boolean> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<boolean>((resolve) => {
    timer = setTimeout(() => resolve(false), LOAD_TIMEOUT_MS);
  });
  // decode() rejects for a broken image, which is an answer, not an error.
  const decoded = images.map((image) =>
    image.decode().then(
      () => true,
      () => false,
    ),
  );
  const loaded = Promise.all(decoded).then((results) => results.every(Boolean));
  const isLoaded = await Promise.race([loaded, timeout]);
  clearTimeout(timer);

  return isLoaded;
}

function chooseImageSize(
  image: HTMLImageElement,
  rendered: Size,
  pixelRatio: number,
): Size {
  if (isVectorImage(image)) {
    return chooseVectorSize(rendered, pixelRatio);
  }

  const natural = { width: image.naturalWidth, height: image.naturalHeight };

  return chooseBitmapSize(natural, rendered, pixelRatio);
}

function isVectorImage(image: HTMLImageElement): boolean {
  const source = image.currentSrc || image.src;

  return /^data:image\/svg\+xml|\.svg(?:[?#]|$)/i.test(source);
}

function drawPixels(
  doc: Document,
  source: CanvasImageSource,
  size: Size,
): RgbaImage | null {
  const canvas = doc.createElement('canvas');
  canvas.width = size.width;
  canvas.height = size.height;
  const context = canvas.getContext('2d', { willReadFrequently: true });
  if (!context) {
    return null;
  }

  try {
    context.imageSmoothingQuality = 'high';
    context.drawImage(source, 0, 0, size.width, size.height);
    const { data, width, height } = context.getImageData(
      0,
      0,
      size.width,
      size.height,
    );

    return { data, width, height };
  } catch {
    // A cross-origin image taints the canvas (SecurityError) and a
    // zero-sized canvas cannot be drawn (InvalidStateError): both mean
    // "unreadable", which the caller counts.
    return null;
  }
}
