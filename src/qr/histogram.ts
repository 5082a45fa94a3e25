import { measureLuminance, type RgbaImage } from './rgba-image';

/** How many pixels have each luminance level, 0-255. */
export interface Histogram {
  counts: number[];
  total: number;
}

/** Counts the luminance levels of every `step`-th pixel. */
export function buildHistogram(image: RgbaImage, step = 1): Histogram {
  const counts = new Array<number>(256).fill(0);
  const { data } = image;
  const pixelCount = image.width * image.height;
  let total = 0;
  for (let index = 0; index < pixelCount; index += step) {
    const offset = index * 4;
    const level = measureLuminance(
      data[offset] ?? 0,
      data[offset + 1] ?? 0,
      data[offset + 2] ?? 0,
    );
    counts[Math.round(level)]! += 1;
    total += 1;
  }

  return { counts, total };
}

/**
 * The darkest and lightest levels, leaving out the extreme 2% on each side
 * as noise (a stray pixel, a speck of anti-aliasing).
 */
export function findLevelRange(histogram: Histogram): [number, number] {
  const outliers = Math.floor(histogram.total * 0.02);

  return [
    findLevelAtRank(histogram, outliers),
    findLevelAtRank(histogram, histogram.total - 1 - outliers),
  ];
}

/** The level of the pixel at `rank` when all are sorted dark to light. */
function findLevelAtRank({ counts }: Histogram, rank: number): number {
  let seen = 0;
  for (let level = 0; level < counts.length; level++) {
    seen += counts[level]!;
    if (seen > rank) {
      return level;
    }
  }

  return counts.length - 1;
}
