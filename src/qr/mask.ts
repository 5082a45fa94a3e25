import type { QRCode } from 'jsqr';

import { readPixel, type Rgb, type RgbaImage } from './rgba-image';

type Point = { x: number; y: number };

/**
 * Paints over a decoded code with the colour around it, so that jsQR finds
 * the next code in the image instead of the same one again.
 */
export function maskCode(image: RgbaImage, code: QRCode): void {
  const { location, version } = code;
  const corners = [
    location.topLeftCorner,
    location.topRightCorner,
    location.bottomRightCorner,
    location.bottomLeftCorner,
  ];
  const modules = 17 + version * 4;
  const side = distance(location.topLeftCorner, location.topRightCorner);
  const moduleSize = side / modules;
  // One module of slack covers finder patterns that the corners cut short.
  const covered = growQuad(corners, moduleSize);
  const outside = growQuad(corners, moduleSize * 2);
  const colour = pickMedianColour(
    outside.map((p) => readPixel(image, p.x, p.y)),
  );
  fillQuad(image, covered, colour);
}

function distance(from: Point, to: Point): number {
  return Math.hypot(to.x - from.x, to.y - from.y);
}

function growQuad(corners: Point[], by: number): Point[] {
  const centre = {
    x: corners.reduce((sum, p) => sum + p.x, 0) / corners.length,
    y: corners.reduce((sum, p) => sum + p.y, 0) / corners.length,
  };

  return corners.map((p) => {
    const length = distance(centre, p) || 1;
    const stretch = (length + by * Math.SQRT2) / length;

    return {
      x: centre.x + (p.x - centre.x) * stretch,
      y: centre.y + (p.y - centre.y) * stretch,
    };
  });
}

function pickMedianColour(samples: Rgb[]): Rgb {
  const median = (channel: number) => {
    const values = samples.map((s) => s[channel] ?? 0).sort((a, b) => a - b);

    return values[Math.floor(values.length / 2)] ?? 255;
  };

  return [median(0), median(1), median(2)];
}

function fillQuad(image: RgbaImage, quad: Point[], colour: Rgb): void {
  const xs = quad.map((p) => p.x);
  const ys = quad.map((p) => p.y);
  const left = Math.max(0, Math.floor(Math.min(...xs)));
  const right = Math.min(image.width - 1, Math.ceil(Math.max(...xs)));
  const top = Math.max(0, Math.floor(Math.min(...ys)));
  const bottom = Math.min(image.height - 1, Math.ceil(Math.max(...ys)));
  const pixel = [...colour, 255];
  for (let y = top; y <= bottom; y++) {
    for (let x = left; x <= right; x++) {
      if (isInsideQuad(quad, x + 0.5, y + 0.5)) {
        image.data.set(pixel, (y * image.width + x) * 4);
      }
    }
  }
}

function isInsideQuad(quad: Point[], x: number, y: number): boolean {
  let sign = 0;
  for (let index = 0; index < quad.length; index++) {
    const from = quad[index]!;
    const to = quad[(index + 1) % quad.length]!;
    const cross =
      (to.x - from.x) * (y - from.y) - (to.y - from.y) * (x - from.x);
    if (cross !== 0) {
      if (sign !== 0 && Math.sign(cross) !== sign) {
        return false;
      }
      sign = Math.sign(cross);
    }
  }

  return true;
}
