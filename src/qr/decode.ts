import jsQR from 'jsqr';

import { isEnrollmentPayload } from '../otp/payload';
import { maskCode } from './mask';
import { orderEnrollmentFirst } from './order';
import { paintOverBackdrop, prepareImages } from './prepare';
import { readCodeText } from './read-text';
import type { RgbaImage } from './rgba-image';

// Enough for a page's app-store, help and enrollment codes.
const MAX_CODES_PER_IMAGE = 4;
// jsQR's time grows with the pixels it searches, so all attempts together
// search at most four times the image's own: enough for a page-sized image
// to be tried as is, thresholded and in halves. Small images get them all.
const WORK_PER_PIXEL = 4;
const MIN_WORK = 2_000_000;

/**
 * Reads every QR code jsQR can find in an image, enrollment codes first,
 * trying reworked copies of the image until one holds an enrollment code.
 */
export function decodeQrCodes(image: RgbaImage): string[] {
  return decodeFrom(hasPixels(image) ? prepareImages(image) : [], image);
}

/**
 * Like decodeQrCodes, but tries the image only as it is: for pictures such
 * as photos, where each attempt costs jsQR a lot and rarely finds a code.
 */
export function decodeQrCodesQuickly(image: RgbaImage): string[] {
  const images = hasPixels(image) ? [paintOverBackdrop(image)] : [];

  return decodeFrom(images, image);
}

function hasPixels(image: RgbaImage): boolean {
  return image.width > 0 && image.height > 0;
}

function decodeFrom(images: Iterable<RgbaImage>, original: RgbaImage) {
  const pixels = original.width * original.height;
  const budget = { pixelsLeft: Math.max(pixels * WORK_PER_PIXEL, MIN_WORK) };
  const texts = new Set<string>();
  for (const image of images) {
    if (budget.pixelsLeft <= 0 || findCodes(image, texts, budget)) {
      break;
    }
  }

  return orderEnrollmentFirst([...texts]);
}

/** Adds each code's text; says whether one of them was an enrollment. */
function findCodes(
  image: RgbaImage,
  texts: Set<string>,
  budget: { pixelsLeft: number },
): boolean {
  for (let attempt = 0; attempt < MAX_CODES_PER_IMAGE; attempt++) {
    if (budget.pixelsLeft <= 0) {
      return false;
    }

    budget.pixelsLeft -= image.width * image.height;
    // jsQR keeps the last option it was given as its new default, so the
    // option is passed every time.
    const code = jsQR(image.data, image.width, image.height, {
      inversionAttempts: 'attemptBoth',
    });
    if (!code) {
      return false;
    }

    const text = readCodeText(code);
    if (text !== '') {
      texts.add(text);
    }
    if (isEnrollmentPayload(text)) {
      return true;
    }

    maskCode(image, code);
  }

  return false;
}
