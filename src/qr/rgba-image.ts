/** Pixels as canvas `ImageData` holds them: RGBA, row by row. */
export interface RgbaImage {
  data: Uint8ClampedArray;
  width: number;
  height: number;
}

/** A colour as red, green and blue, each 0-255. */
export type Rgb = readonly [number, number, number];

export const WHITE: Rgb = [255, 255, 255];

/** Creates an opaque image filled with one colour. */
export function createRgbaImage(
  width: number,
  height: number,
  colour: Rgb,
): RgbaImage {
  const data = new Uint8ClampedArray(width * height * 4);
  for (let offset = 0; offset < data.length; offset += 4) {
    data[offset] = colour[0];
    data[offset + 1] = colour[1];
    data[offset + 2] = colour[2];
    data[offset + 3] = 255;
  }

  return { data, width, height };
}

/** Copies an image, so that later changes leave the original alone. */
export function copyRgbaImage(image: RgbaImage): RgbaImage {
  const { width, height } = image;

  return { data: new Uint8ClampedArray(image.data), width, height };
}

/** Perceived brightness, 0-255, with the weights jsQR itself uses. */
export function measureLuminance(
  red: number,
  green: number,
  blue: number,
): number {
  return 0.2126 * red + 0.7152 * green + 0.0722 * blue;
}

/** Reads the colour of one pixel, clamping the position to the image. */
export function readPixel(image: RgbaImage, x: number, y: number): Rgb {
  const column = Math.min(image.width - 1, Math.max(0, Math.round(x)));
  const row = Math.min(image.height - 1, Math.max(0, Math.round(y)));
  const offset = (row * image.width + column) * 4;
  const { data } = image;

  return [data[offset] ?? 0, data[offset + 1] ?? 0, data[offset + 2] ?? 0];
}
