import type { RgbaImage } from './rgba-image';

/**
 * Cuts an image in two across its longer side, then across its shorter
 * side: four pieces, each holding one of two codes laid side by side.
 */
export function splitInHalves(image: RgbaImage): RgbaImage[] {
  const { width, height } = image;
  const left = Math.ceil(width / 2);
  const top = Math.ceil(height / 2);
  const sideBySide = [
    cropImage(image, 0, 0, left, height),
    cropImage(image, left, 0, width - left, height),
  ];
  const stacked = [
    cropImage(image, 0, 0, width, top),
    cropImage(image, 0, top, width, height - top),
  ];

  return width >= height
    ? [...sideBySide, ...stacked]
    : [...stacked, ...sideBySide];
}

/** Copies a rectangle of an image, which must lie inside it. */
export function cropImage(
  image: RgbaImage,
  left: number,
  top: number,
  width: number,
  height: number,
): RgbaImage {
  const data = new Uint8ClampedArray(width * height * 4);
  for (let y = 0; y < height; y++) {
    const start = ((top + y) * image.width + left) * 4;
    data.set(image.data.subarray(start, start + width * 4), y * width * 4);
  }

  return { data, width, height };
}
