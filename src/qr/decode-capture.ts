import { isEnrollmentPayload } from '../otp/payload';
import { placeAreasInCapture, type Area, type Viewport } from './capture-areas';
import { measureTwoToneShare } from './classify';
import { decodeQrCodes, decodeQrCodesQuickly } from './decode';
import { orderEnrollmentFirst } from './order';
import type { RgbaImage } from './rgba-image';
import { cropImage, splitInHalves } from './split';

// Generated codes are at least this two-tone, photos well under it.
const TWO_TONE_SHARE = 0.5;
// A page of other sites' photos gives many areas; the popup is waiting.
const BUDGET_MS = 3000;

/**
 * Reads QR codes from a capture of the visible tab, given as the data:
 * address tabs.captureVisibleTab returns. Needs createImageBitmap and
 * OffscreenCanvas, which service workers and background pages both have.
 */
export async function decodeCapture(
  address: string,
  areas: readonly Area[],
  viewport: Viewport,
): Promise<string[]> {
  return decodeCaptureImage(await drawCapture(address), areas, viewport);
}

/**
 * Reads QR codes from a capture: first in the page areas the frames
 * could not read, then, if those held no enrollment code, in the whole
 * capture.
 */
export function decodeCaptureImage(
  capture: RgbaImage,
  areas: readonly Area[],
  viewport: Viewport,
): string[] {
  const deadline = performance.now() + BUDGET_MS;
  const inAreas = decodeAreas(capture, areas, viewport, deadline);
  if (inAreas.some(isEnrollmentPayload)) {
    return inAreas;
  }

  const inWhole = decodeWholeCapture(capture, deadline);

  return orderEnrollmentFirst([...new Set([...inAreas, ...inWhole])]);
}

/** Reads the codes in page areas, placed in the capture; stops at one. */
export function decodeAreas(
  capture: RgbaImage,
  areas: readonly Area[],
  viewport: Viewport,
  deadline = Infinity,
): string[] {
  const texts = new Set<string>();
  for (const crop of placeAreasInCapture(areas, viewport, capture)) {
    if (performance.now() > deadline) {
      break;
    }

    const { left, top, width, height } = crop;
    const image = cropImage(capture, left, top, width, height);
    const isCode = measureTwoToneShare(image) >= TWO_TONE_SHARE;
    const found = isCode ? decodeQrCodes(image) : decodeQrCodesQuickly(image);
    found.forEach((text) => texts.add(text));
    if (found.some(isEnrollmentPayload)) {
      break;
    }
  }

  return orderEnrollmentFirst([...texts]);
}

/**
 * Reads the codes of a whole capture, for those no frame reported (in
 * another site's frame, a video, a pseudo-element). jsQR takes a page as
 * one picture, so each attempt is costly: the capture as it is, then its
 * halves, which part two codes side by side that jsQR would misread as one.
 */
export function decodeWholeCapture(
  capture: RgbaImage,
  deadline = Infinity,
): string[] {
  const texts = new Set(decodeQrCodesQuickly(capture));
  for (const half of splitInHalves(capture)) {
    if ([...texts].some(isEnrollmentPayload) || performance.now() > deadline) {
      break;
    }

    decodeQrCodesQuickly(half).forEach((text) => texts.add(text));
  }

  return orderEnrollmentFirst([...texts]);
}

async function drawCapture(address: string): Promise<RgbaImage> {
  const blob = await (await fetch(address)).blob();
  const bitmap = await createImageBitmap(blob);
  const { width, height } = bitmap;
  const canvas = new OffscreenCanvas(width, height);
  const context = canvas.getContext('2d', { willReadFrequently: true });
  if (!context) {
    bitmap.close();
    throw new TypeError('This browser cannot draw on an OffscreenCanvas.');
  }

  context.drawImage(bitmap, 0, 0);
  bitmap.close();

  return {
    data: context.getImageData(0, 0, width, height).data,
    width,
    height,
  };
}
