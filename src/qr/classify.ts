import { buildHistogram, findLevelRange } from './histogram';
import type { RgbaImage } from './rgba-image';

// Every 7th pixel is plenty for a share, and keeps this cheap.
const SAMPLE_STEP = 7;

/**
 * Share of pixels lying near the image's darkest or lightest level. A
 * generated QR code is almost all dark or light pixels, a photo is not.
 */
export function measureTwoToneShare(image: RgbaImage): number {
  const histogram = buildHistogram(image, SAMPLE_STEP);
  if (histogram.total === 0) {
    return 0;
  }

  const [darkest, lightest] = findLevelRange(histogram);
  const margin = (lightest - darkest) / 4;
  const nearExtremes = histogram.counts.reduce(
    (sum, count, level) =>
      level <= darkest + margin || level >= lightest - margin
        ? sum + count
        : sum,
    0,
  );

  return nearExtremes / histogram.total;
}
