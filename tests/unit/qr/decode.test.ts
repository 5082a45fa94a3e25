import jsQR from 'jsqr';
import { describe, expect, it } from 'vitest';

import { decodeQrCodes, decodeQrCodesQuickly } from '../../../src/qr/decode';
import type { RgbaImage } from '../../../src/qr/rgba-image';
import {
  BLACK,
  CLEAR,
  createImage,
  renderQr,
  resizeSmoothly,
  WHITE,
} from './render-qr';
import { ENROLLMENT } from './payloads';

function readWithJsQrAlone(image: RgbaImage): string | null {
  const code = jsQR(image.data, image.width, image.height, {
    inversionAttempts: 'attemptBoth',
  });

  return code?.data ?? null;
}

describe('decodeQrCodes', () => {
  it('reads a plain enrollment code', () => {
    expect(decodeQrCodes(renderQr(ENROLLMENT))).toEqual([ENROLLMENT]);
  });

  it('reads dark modules on a transparent background', () => {
    const image = renderQr(ENROLLMENT, { light: CLEAR });

    expect(decodeQrCodes(image)).toEqual([ENROLLMENT]);
  });

  it('reads light modules on a transparent background', () => {
    const image = renderQr(ENROLLMENT, { dark: WHITE, light: CLEAR });

    expect(decodeQrCodes(image)).toEqual([ENROLLMENT]);
  });

  it.each([0, 1, 4])(
    'reads light on dark with a %i-module margin',
    (margin) => {
      const image = renderQr(ENROLLMENT, { dark: WHITE, light: BLACK, margin });

      expect(decodeQrCodes(image)).toEqual([ENROLLMENT]);
    },
  );

  it('reads grey on light grey', () => {
    const image = renderQr(ENROLLMENT, {
      dark: [153, 153, 153, 255],
      light: [238, 238, 238, 255],
    });

    expect(decodeQrCodes(image)).toEqual([ENROLLMENT]);
  });

  it('reads a code drawn at 2 pixels per module', () => {
    const image = renderQr(ENROLLMENT, { moduleSize: 2 });

    expect(decodeQrCodes(image)).toEqual([ENROLLMENT]);
  });

  // Renderings that jsQR alone misses, as a browser scales small codes;
  // enlarging reads the first two, one global threshold the third.
  it.each([
    { pixelsPerModule: 2, margin: 1, isInverted: false },
    { pixelsPerModule: 1.5, margin: 2, isInverted: true },
    { pixelsPerModule: 2, margin: 2, isInverted: true },
  ])('reads a code smoothly scaled to %o', (rendering) => {
    const { pixelsPerModule, margin, isInverted } = rendering;
    const colours = isInverted ? { dark: WHITE, light: BLACK } : {};
    const original = renderQr(ENROLLMENT, {
      moduleSize: 1,
      margin,
      ...colours,
    });
    const image = resizeSmoothly(original, pixelsPerModule);

    expect(readWithJsQrAlone(image)).toBeNull();
    expect(decodeQrCodes(image)).toEqual([ENROLLMENT]);
  });

  it('returns nothing for an image without a code', () => {
    const image = createImage(300, 200, [200, 120, 40, 255]);

    expect(decodeQrCodes(image)).toEqual([]);
  });

  it('returns nothing for an empty image', () => {
    const image = { data: new Uint8ClampedArray(0), width: 0, height: 0 };

    expect(decodeQrCodes(image)).toEqual([]);
  });

  it('leaves the given pixels untouched', () => {
    const image = renderQr(ENROLLMENT, { light: CLEAR });
    const before = image.data.slice();

    decodeQrCodes(image);

    expect(image.data.every((value, index) => value === before[index])).toBe(
      true,
    );
  });
});

describe('decodeQrCodesQuickly', () => {
  it('reads a plain code', () => {
    expect(decodeQrCodesQuickly(renderQr(ENROLLMENT))).toEqual([ENROLLMENT]);
  });
});
