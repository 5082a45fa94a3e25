import QRCode, { type QRCodeSegment } from 'qrcode';

import type { RgbaImage } from '../../../src/qr/rgba-image';

/** A colour as red, green, blue and alpha, each 0-255. */
export type Rgba = readonly [number, number, number, number];

export const BLACK: Rgba = [0, 0, 0, 255];
export const WHITE: Rgba = [255, 255, 255, 255];
export const CLEAR: Rgba = [0, 0, 0, 0];

export interface RenderOptions {
  moduleSize?: number;
  /** Quiet zone width, in modules. */
  margin?: number;
  dark?: Rgba;
  light?: Rgba;
}

/** Creates an image of one colour. */
export function createImage(
  width: number,
  height: number,
  colour: Rgba = WHITE,
): RgbaImage {
  const data = new Uint8ClampedArray(width * height * 4);
  for (let offset = 0; offset < data.length; offset += 4) {
    data.set(colour, offset);
  }

  return { data, width, height };
}

/** Renders a QR code (medium error correction) to RGBA pixels. */
export function renderQr(
  content: string | QRCodeSegment[],
  options: RenderOptions = {},
): RgbaImage {
  const { moduleSize = 4, margin = 4, dark = BLACK, light = WHITE } = options;
  const { modules } = QRCode.create(content, { errorCorrectionLevel: 'M' });
  const side = (modules.size + margin * 2) * moduleSize;
  const image = createImage(side, side, light);
  for (let y = 0; y < side; y++) {
    for (let x = 0; x < side; x++) {
      const row = Math.floor(y / moduleSize) - margin;
      const column = Math.floor(x / moduleSize) - margin;
      const isInside = Math.min(row, column) >= 0;
      const isDark =
        isInside &&
        Math.max(row, column) < modules.size &&
        modules.data[row * modules.size + column] === 1;
      if (isDark) {
        image.data.set(dark, (y * side + x) * 4);
      }
    }
  }

  return image;
}

/** Copies `source` into `target` with its top-left corner at (left, top). */
export function pasteImage(
  target: RgbaImage,
  source: RgbaImage,
  left: number,
  top: number,
): void {
  for (let y = 0; y < source.height; y++) {
    const start = y * source.width * 4;
    const row = source.data.subarray(start, start + source.width * 4);
    target.data.set(row, ((top + y) * target.width + left) * 4);
  }
}

/** Resizes with bilinear smoothing, as a browser scales an image. */
export function resizeSmoothly(image: RgbaImage, factor: number): RgbaImage {
  const width = Math.round(image.width * factor);
  const height = Math.round(image.height * factor);
  const resized = createImage(width, height);
  const clamp = (value: number, size: number) =>
    Math.min(size - 1.001, Math.max(0, value));
  for (let y = 0; y < height; y++) {
    const sourceY = clamp((y + 0.5) / factor - 0.5, image.height);
    for (let x = 0; x < width; x++) {
      const sourceX = clamp((x + 0.5) / factor - 0.5, image.width);
      const left = Math.floor(sourceX);
      const top = Math.floor(sourceY);
      const across = sourceX - left;
      const down = sourceY - top;
      const read = (column: number, row: number, channel: number) =>
        image.data[(row * image.width + column) * 4 + channel] ?? 0;
      for (let channel = 0; channel < 4; channel++) {
        const upper =
          read(left, top, channel) * (1 - across) +
          read(left + 1, top, channel) * across;
        const lower =
          read(left, top + 1, channel) * (1 - across) +
          read(left + 1, top + 1, channel) * across;
        resized.data[(y * width + x) * 4 + channel] =
          upper * (1 - down) + lower * down;
      }
    }
  }

  return resized;
}
