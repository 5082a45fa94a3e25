import { padImage } from './pad';
import { splitInHalves } from './split';
import { thresholdImage } from './threshold';
import { copyRgbaImage, measureLuminance, type RgbaImage } from './rgba-image';

// jsQR misses many codes of under 3 pixels per module that it reads once
// each pixel is repeated; bigger images gain nothing and cost time.
const UPSCALE_BELOW = 200;
const UPSCALE_MAX_PIXELS = 4_000_000;

/**
 * Yields ever more worked versions of an image for jsQR to try in turn:
 * as is, enlarged when small, at one global threshold, cut in halves, and
 * with a margin when its border is plain. Each is a fresh copy that the
 * caller may paint over.
 */
export function* prepareImages(image: RgbaImage): Generator<RgbaImage> {
  const opaque = paintOverBackdrop(image);
  yield copyRgbaImage(opaque);

  const enlarged = upscaleSmallImage(opaque);
  if (enlarged) {
    yield enlarged;
  }

  const thresholded = thresholdImage(opaque);
  yield upscaleSmallImage(thresholded) ?? thresholded;

  // Two codes drawn at one size make jsQR pair finder patterns across
  // codes and read neither; split apart, each half holds one code.
  for (const half of splitInHalves(opaque)) {
    yield upscaleSmallImage(half) ?? half;
  }

  const padded = padImage(opaque);
  if (padded) {
    yield upscaleSmallImage(padded) ?? padded;
  }
}

/**
 * Blends transparent pixels over white, or over black when everything
 * opaque is light (light modules drawn for a dark theme): jsQR ignores
 * alpha, so a transparent pixel would otherwise read as black.
 */
export function paintOverBackdrop(image: RgbaImage): RgbaImage {
  const painted = copyRgbaImage(image);
  const { data } = painted;
  const backdrop = chooseBackdrop(data);
  if (backdrop === null) {
    return painted;
  }

  for (let offset = 0; offset < data.length; offset += 4) {
    const alpha = (data[offset + 3] ?? 255) / 255;
    for (let channel = offset; channel < offset + 3; channel++) {
      data[channel] = (data[channel] ?? 0) * alpha + backdrop * (1 - alpha);
    }
    data[offset + 3] = 255;
  }

  return painted;
}

function chooseBackdrop(data: Uint8ClampedArray): number | null {
  if (!hasTranslucentPixels(data)) {
    return null;
  }

  let opaqueCount = 0;
  let opaqueLuminance = 0;
  for (let offset = 0; offset < data.length; offset += 4) {
    if ((data[offset + 3] ?? 255) >= 128) {
      opaqueCount += 1;
      opaqueLuminance += measureLuminance(
        data[offset] ?? 0,
        data[offset + 1] ?? 0,
        data[offset + 2] ?? 0,
      );
    }
  }
  const isAllLight = opaqueCount > 0 && opaqueLuminance / opaqueCount > 200;

  return isAllLight ? 0 : 255;
}

function hasTranslucentPixels(data: Uint8ClampedArray): boolean {
  for (let offset = 3; offset < data.length; offset += 4) {
    if (data[offset] !== 255) {
      return true;
    }
  }

  return false;
}

/** Repeats each pixel of a small image (nearest neighbour), or returns null. */
export function upscaleSmallImage(image: RgbaImage): RgbaImage | null {
  const { width, height } = image;
  const wanted = Math.ceil(UPSCALE_BELOW / Math.min(width, height));
  const affordable = Math.floor(
    Math.sqrt(UPSCALE_MAX_PIXELS / (width * height)),
  );
  const factor = Math.min(wanted, affordable, 8);
  if (factor < 2) {
    return null;
  }

  const data = new Uint32Array(width * height * factor * factor);
  // One 32-bit word per pixel copies all four channels at once; the copy
  // gives the view the aligned buffer it needs.
  const source = new Uint32Array(image.data.slice().buffer);
  const scaledWidth = width * factor;
  for (let y = 0; y < height * factor; y++) {
    const sourceRow = Math.floor(y / factor) * width;
    for (let x = 0; x < scaledWidth; x++) {
      data[y * scaledWidth + x] =
        source[sourceRow + Math.floor(x / factor)] ?? 0;
    }
  }

  return {
    data: new Uint8ClampedArray(data.buffer),
    width: scaledWidth,
    height: height * factor,
  };
}
