import jsQR from 'jsqr';
import { describe, expect, it } from 'vitest';

import { decodeQrCodes } from '../../../src/qr/decode';
import type { RgbaImage } from '../../../src/qr/rgba-image';
import { APP_STORE, ENROLLMENT } from './payloads';
import { createImage, pasteImage, renderQr } from './render-qr';

type Placement = 'left' | 'right' | 'above' | 'below';

/** Lays out the app-store code beside the enrollment code, 40 px apart. */
function placeSideBySide(
  decoyPlacement: Placement,
  decoyModuleSize: number,
): RgbaImage {
  const target = renderQr(ENROLLMENT, { moduleSize: 4 });
  const decoy = renderQr(APP_STORE, { moduleSize: decoyModuleSize });
  const isRow = decoyPlacement === 'left' || decoyPlacement === 'right';
  const isDecoyFirst = decoyPlacement === 'left' || decoyPlacement === 'above';
  const [first, second] = isDecoyFirst ? [decoy, target] : [target, decoy];
  const gap = 40;
  const across = first.width + gap + second.width;
  const along = Math.max(first.width, second.width);
  const image = isRow ? createImage(across, along) : createImage(along, across);
  pasteImage(image, first, 0, 0);
  if (isRow) {
    pasteImage(image, second, first.width + gap, 0);
  } else {
    pasteImage(image, second, 0, first.height + gap);
  }

  return image;
}

const PLACEMENTS: Placement[] = ['left', 'right', 'above', 'below'];

describe('decodeQrCodes with an app-store code beside the enrollment', () => {
  // jsQR alone reads the code with the smaller modules: here the decoy.
  it.each(PLACEMENTS)('reads the enrollment first, decoy %s', (placement) => {
    const image = placeSideBySide(placement, 3);
    const alone = jsQR(image.data, image.width, image.height, {
      inversionAttempts: 'attemptBoth',
    });

    expect(alone?.data).toBe(APP_STORE);
    expect(decodeQrCodes(image)).toEqual([ENROLLMENT, APP_STORE]);
  });

  // jsQR alone pairs finder patterns across equal codes and reads none.
  it.each(PLACEMENTS)(
    'reads it when both are one size, decoy %s',
    (placement) => {
      const image = placeSideBySide(placement, 4);
      const alone = jsQR(image.data, image.width, image.height, {
        inversionAttempts: 'attemptBoth',
      });

      expect(alone).toBeNull();
      expect(decodeQrCodes(image)[0]).toBe(ENROLLMENT);
    },
  );

  it('reads it from a square image with the codes side by side', () => {
    const image = createImage(420, 420);
    pasteImage(image, renderQr(APP_STORE, { moduleSize: 4 }), 0, 0);
    pasteImage(image, renderQr(ENROLLMENT, { moduleSize: 4 }), 220, 0);

    expect(decodeQrCodes(image)[0]).toBe(ENROLLMENT);
  });

  it('reads the enrollment first when its modules are smaller', () => {
    const image = placeSideBySide('left', 6);

    expect(decodeQrCodes(image)).toEqual([ENROLLMENT]);
  });
});
