import { buildHistogram, findLevelRange } from './histogram';
import { measureLuminance, type RgbaImage } from './rgba-image';

/**
 * Turns an image black and white at one level for the whole image: halfway
 * between its darkest and lightest, which for a code is halfway between its
 * dark and light modules. jsQR compares each 8-pixel block with its
 * neighbourhood instead, which misreads the grey edge pixels of a code that
 * a browser has scaled smoothly, and gives up on low contrast.
 */
export function thresholdImage(image: RgbaImage): RgbaImage {
  const [darkest, lightest] = findLevelRange(buildHistogram(image));
  const threshold = (darkest + lightest) / 2;
  const { data, width, height } = image;
  const result = new Uint8ClampedArray(data.length);
  for (let offset = 0; offset < data.length; offset += 4) {
    const level = measureLuminance(
      data[offset] ?? 0,
      data[offset + 1] ?? 0,
      data[offset + 2] ?? 0,
    );
    result.fill(Math.round(level) > threshold ? 255 : 0, offset, offset + 3);
    result[offset + 3] = 255;
  }

  return { data: result, width, height };
}
