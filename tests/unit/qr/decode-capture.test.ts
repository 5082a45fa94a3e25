import { describe, expect, it } from 'vitest';

import type { Viewport } from '../../../src/qr/capture-areas';
import {
  decodeAreas,
  decodeCaptureImage,
  decodeWholeCapture,
} from '../../../src/qr/decode-capture';
import { decodeQrCodesQuickly } from '../../../src/qr/decode';
import { APP_STORE, ENROLLMENT } from './payloads';
import { createImage, pasteImage, renderQr } from './render-qr';

// A page 800 by 600 CSS pixels, captured on a screen of device pixel
// ratio 2: the capture is 1600 by 1200.
const VIEWPORT: Viewport = {
  width: 800,
  height: 600,
  scale: 1,
  offsetLeft: 0,
  offsetTop: 0,
};
const RATIO = 2;

// The enrollment code and an app-store code side by side, at one size,
// as setup pages show them; each is 4 CSS pixels a module.
function drawCapture() {
  const capture = createImage(800 * RATIO, 600 * RATIO);
  const code = renderQr(ENROLLMENT, { moduleSize: 4 * RATIO });
  const decoy = renderQr(APP_STORE, { moduleSize: 4 * RATIO });
  pasteImage(capture, decoy, 40 * RATIO, 150 * RATIO);
  pasteImage(capture, code, 400 * RATIO, 150 * RATIO);
  const side = code.width / RATIO;

  return {
    capture,
    codeArea: { left: 400, top: 150, width: side, height: side },
    decoyArea: { left: 40, top: 150, width: side, height: side },
  };
}

describe('reading a capture of the visible tab', () => {
  it('is needed: jsQR reads neither code of the capture as a whole', () => {
    expect(decodeQrCodesQuickly(drawCapture().capture)).toEqual([]);
  });

  it('reads the code in a page area scaled to the capture', () => {
    const { capture, codeArea } = drawCapture();

    expect(decodeAreas(capture, [codeArea], VIEWPORT)).toEqual([ENROLLMENT]);
  });

  it('reads only the areas it is given', () => {
    const { capture, decoyArea } = drawCapture();

    expect(decodeAreas(capture, [decoyArea], VIEWPORT)).toEqual([APP_STORE]);
  });

  it('finds the enrollment code of a whole capture in its halves', () => {
    expect(decodeWholeCapture(drawCapture().capture)[0]).toBe(ENROLLMENT);
  });

  it('turns to the whole capture when the areas hold no enrollment', () => {
    const { capture, decoyArea } = drawCapture();

    expect(decodeCaptureImage(capture, [decoyArea], VIEWPORT)).toEqual([
      ENROLLMENT,
      APP_STORE,
    ]);
  });
});
