import {
  createRgbaImage,
  measureLuminance,
  WHITE,
  type Rgb,
  type RgbaImage,
} from './rgba-image';

// Border pixels this close to the border's mean count as the same colour.
const SAME_COLOUR_DISTANCE = 40;
const UNIFORM_SHARE = 0.95;

interface Border {
  colour: Rgb;
  isUniform: boolean;
}

/**
 * Adds a margin around an image whose own border is one colour, or returns
 * null when the border is busy (a tightly cropped code or a scene).
 */
export function padImage(image: RgbaImage): RgbaImage | null {
  const border = measureBorder(image);
  if (!border.isUniform) {
    return null;
  }

  // White right against a light-on-dark code reads as part of the code, so
  // a dark border is extended in its own colour.
  const isDark = measureLuminance(...border.colour) < 128;
  const colour = isDark ? border.colour : WHITE;
  const margin = Math.max(
    8,
    Math.ceil(Math.max(image.width, image.height) / 16),
  );
  const padded = createRgbaImage(
    image.width + margin * 2,
    image.height + margin * 2,
    colour,
  );
  for (let y = 0; y < image.height; y++) {
    const start = y * image.width * 4;
    const row = image.data.subarray(start, start + image.width * 4);
    padded.data.set(row, ((y + margin) * padded.width + margin) * 4);
  }

  return padded;
}

function measureBorder(image: RgbaImage): Border {
  const offsets = listBorderOffsets(image);
  const sum = [0, 0, 0];
  for (const offset of offsets) {
    for (let channel = 0; channel < 3; channel++) {
      sum[channel]! += image.data[offset + channel] ?? 0;
    }
  }
  const [red, green, blue] = sum.map((total) => total / offsets.length);
  const colour: Rgb = [red ?? 0, green ?? 0, blue ?? 0];
  const mean = measureLuminance(...colour);
  const close = offsets.filter((offset) => {
    const { data } = image;
    const luminance = measureLuminance(
      data[offset] ?? 0,
      data[offset + 1] ?? 0,
      data[offset + 2] ?? 0,
    );

    return Math.abs(luminance - mean) < SAME_COLOUR_DISTANCE;
  });

  return { colour, isUniform: close.length >= offsets.length * UNIFORM_SHARE };
}

function listBorderOffsets({ width, height }: RgbaImage): number[] {
  const offsets: number[] = [];
  for (let x = 0; x < width; x++) {
    offsets.push(x * 4, ((height - 1) * width + x) * 4);
  }
  for (let y = 1; y < height - 1; y++) {
    offsets.push(y * width * 4, (y * width + width - 1) * 4);
  }

  return offsets;
}
