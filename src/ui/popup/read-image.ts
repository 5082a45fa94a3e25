import { judgePayloads } from '../../actions/judge-payloads';
import type { ScanOutcome } from '../../messages';
import { decodeQrCodes } from '../../qr/decode';

const NO_CODE_IN_IMAGE =
  'No QR code found in this image. Use a sharp screenshot or photo in ' +
  'which the whole QR code is visible.';

/** Reads the enrollment codes in an image file or a pasted image. */
export async function readQrImage(image: Blob): Promise<ScanOutcome> {
  let bitmap: ImageBitmap;
  try {
    bitmap = await createImageBitmap(image);
  } catch {
    return {
      status: 'problem',
      message:
        'Twostep cannot open this file as an image. Choose a PNG, ' +
        'JPEG, GIF or WebP picture of the QR code.',
    };
  }

  const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
  const context = canvas.getContext('2d')!;
  context.drawImage(bitmap, 0, 0);
  bitmap.close();
  const pixels = context.getImageData(0, 0, canvas.width, canvas.height);
  const payloads = decodeQrCodes(pixels);
  if (payloads.length === 0) {
    return { status: 'problem', message: NO_CODE_IN_IMAGE };
  }

  // An image carries no site: the account is linked on its first fill.
  return judgePayloads(payloads, null);
}
