import { describe, expect, it } from 'vitest';

import { measureTwoToneShare } from '../../../src/qr/classify';
import { orderEnrollmentFirst } from '../../../src/qr/order';
import { ENROLLMENT } from './payloads';
import { createImage, renderQr, resizeSmoothly } from './render-qr';

/** Soft shapes with grain, mostly mid-tones, like the pixels of a photo. */
function drawPhotoLike(width: number, height: number) {
  const image = createImage(width, height);
  let seed = 7;
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      seed = (seed * 16807) % 2147483647;
      const shade = 128 + 90 * Math.sin(x / 9) * Math.cos(y / 7);
      const offset = (y * width + x) * 4;
      image.data.fill(shade + (seed % 41) - 20, offset, offset + 3);
    }
  }

  return image;
}

describe('measureTwoToneShare', () => {
  it('finds a code two-tone, even smoothly scaled', () => {
    const code = renderQr(ENROLLMENT, { moduleSize: 1 });

    expect(measureTwoToneShare(code)).toBeGreaterThan(0.9);
    expect(measureTwoToneShare(resizeSmoothly(code, 2))).toBeGreaterThan(0.5);
  });

  it('finds a photo-like picture not two-tone', () => {
    expect(measureTwoToneShare(drawPhotoLike(256, 100))).toBeLessThan(0.5);
  });
});

describe('orderEnrollmentFirst', () => {
  it('moves enrollment payloads ahead and keeps the order otherwise', () => {
    const texts = ['https://a.example', 'otpauth://totp/B', 'x', 'steam://C'];

    expect(orderEnrollmentFirst(texts)).toEqual([
      'otpauth://totp/B',
      'steam://C',
      'https://a.example',
      'x',
    ]);
  });
});
