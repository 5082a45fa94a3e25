import jsQR from 'jsqr';
import { inflateSync } from 'node:zlib';

/** Pixels as jsQR reads them: RGBA, four bytes each. */
export interface RgbaImage {
  width: number;
  height: number;
  data: Uint8ClampedArray;
}

// The PNG filter predictor (PNG spec, section 9.4).
function predictPaeth(left: number, up: number, upLeft: number): number {
  const estimate = left + up - upLeft;
  const toLeft = Math.abs(estimate - left);
  const toUp = Math.abs(estimate - up);
  const toUpLeft = Math.abs(estimate - upLeft);
  if (toLeft <= toUp && toLeft <= toUpLeft) {
    return left;
  }

  return toUp <= toUpLeft ? up : upLeft;
}

function unfilterRow(
  filter: number,
  row: Uint8Array,
  previous: Uint8Array,
): void {
  for (let index = 0; index < row.length; index += 1) {
    const left = index >= 4 ? (row[index - 4] ?? 0) : 0;
    const up = previous[index] ?? 0;
    const upLeft = index >= 4 ? (previous[index - 4] ?? 0) : 0;
    const predictions = [
      0,
      left,
      up,
      (left + up) >> 1,
      predictPaeth(left, up, upLeft),
    ];

    row[index] = ((row[index] ?? 0) + (predictions[filter] ?? 0)) & 0xff;
  }
}

/**
 * Decodes the PNG the qrcode package writes: 8-bit RGBA, not interlaced.
 * Enough to read it back; not a general PNG decoder.
 */
export function decodePng(png: Buffer): RgbaImage {
  const width = png.readUInt32BE(16);
  const height = png.readUInt32BE(20);
  if (png[24] !== 8 || png[25] !== 6 || png[28] !== 0) {
    throw new TypeError('Only 8-bit RGBA PNG without interlacing is read');
  }

  const chunks: Buffer[] = [];
  for (let offset = 8; offset < png.length;) {
    const length = png.readUInt32BE(offset);
    const type = png.toString('latin1', offset + 4, offset + 8);
    if (type === 'IDAT') {
      chunks.push(png.subarray(offset + 8, offset + 8 + length));
    }

    offset += 12 + length;
  }

  const raw = inflateSync(Buffer.concat(chunks));
  const data = new Uint8ClampedArray(width * height * 4);
  let previous = new Uint8Array(width * 4);
  for (let y = 0; y < height; y += 1) {
    const start = y * (width * 4 + 1);
    const row = new Uint8Array(raw.subarray(start + 1, start + 1 + width * 4));
    unfilterRow(raw[start] ?? 0, row, previous);
    data.set(row, y * width * 4);
    previous = row;
  }

  return { width, height, data };
}

/** Paints a module matrix (a string of 0 and 1) as pixels, as the page does. */
export function paintModules(modules: string, size: number): RgbaImage {
  const scale = 4;
  const margin = 4;
  const width = (size + 2 * margin) * scale;
  const data = new Uint8ClampedArray(width * width * 4).fill(255);

  for (let y = 0; y < width; y += 1) {
    for (let x = 0; x < width; x += 1) {
      const row = Math.floor(y / scale) - margin;
      const column = Math.floor(x / scale) - margin;
      const isInside = row >= 0 && row < size && column >= 0 && column < size;
      if (isInside && modules[row * size + column] === '1') {
        data.fill(0, (y * width + x) * 4, (y * width + x) * 4 + 3);
      }
    }
  }

  return { width, height: width, data };
}

/**
 * The text a QR code image holds, or undefined if none is found. By
 * default a light-on-dark code is read too, as scanners that try both do.
 */
export function readQrText(
  image: RgbaImage,
  isDarkOnLightOnly = false,
): string | undefined {
  const inversionAttempts = isDarkOnLightOnly ? 'dontInvert' : 'attemptBoth';

  return jsQR(image.data, image.width, image.height, { inversionAttempts })
    ?.data;
}

/** Lays an image with transparency over a solid colour, as a page shows it. */
export function placeOnBackground(
  image: RgbaImage,
  background: readonly [number, number, number],
): RgbaImage {
  const data = new Uint8ClampedArray(image.data.length);

  for (let index = 0; index < data.length; index += 4) {
    const alpha = (image.data[index + 3] ?? 0) / 255;
    for (let channel = 0; channel < 3; channel += 1) {
      const color = image.data[index + channel] ?? 0;
      data[index + channel] =
        color * alpha + (background[channel] ?? 0) * (1 - alpha);
    }

    data[index + 3] = 255;
  }

  return { width: image.width, height: image.height, data };
}

/**
 * Reads the module matrix back out of the qrcode package's SVG, whose one
 * dark path draws each run of dark modules as `M x y` or `m dx 0`, then `h n`.
 */
export function readSvgModules(svg: string): { modules: string; size: number } {
  const size = Number(/viewBox="0 0 (\d+) \d+"/.exec(svg)?.[1]);
  const path = /<path stroke="[^"]+" d="([^"]+)"/.exec(svg)?.[1] ?? '';
  const modules = new Array<string>(size * size).fill('0');
  let x = 0;
  let y = 0;

  for (const [, command, first, second] of path.matchAll(
    /([Mmh])(-?[\d.]+)(?: (-?[\d.]+))?/g,
  )) {
    const amount = Number(first);
    if (command === 'M') {
      x = amount;
      y = Math.floor(Number(second));
    } else if (command === 'm') {
      x += amount;
    } else {
      modules.fill('1', y * size + x, y * size + x + amount);
      x += amount;
    }
  }

  return { modules: modules.join(''), size };
}
