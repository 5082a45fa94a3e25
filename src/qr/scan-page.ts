import { measureTwoToneShare } from './classify';
import { decodeQrCodes, decodeQrCodesQuickly } from './decode';
import { findCandidates, type Candidate } from './find-candidates';
import { orderEnrollmentFirst } from './order';
import type { RgbaImage } from './rgba-image';
import { readPixels, waitForImages } from './sources';

// Generated codes are at least this two-tone, photos well under it.
const TWO_TONE_SHARE = 0.5;
// jsQR blocks the page while it works and takes a few hundred milliseconds
// on a photo, so photos are read last and only while this lasts.
const PAGE_BUDGET_MS = 3000;

/** What a scan of one document found: plain data that can cross worlds. */
export interface PageScan {
  /** Every distinct QR code text, enrollment payloads first. */
  payloads: string[];
  /** Visible images, canvases and SVGs that were looked at. */
  imagesChecked: number;
  /** Those whose pixels could not be read, mostly other sites' images. */
  unreadable: number;
}

/** Reads the QR codes shown by a document's images, canvases and SVGs. */
export async function scanPage(doc: Document): Promise<PageScan> {
  const scan: PageScan = { payloads: [], imagesChecked: 0, unreadable: 0 };
  const photos: Candidate[] = [];
  const candidates = findCandidates(doc);
  await waitForImages(candidates);
  const deadline = performance.now() + PAGE_BUDGET_MS;
  for (const element of candidates) {
    const image = await readQuietly(element);
    if (image && measureTwoToneShare(image) < TWO_TONE_SHARE) {
      photos.push(element);
    } else {
      addResult(scan, image && decodeQrCodes(image));
    }
    await yieldToPage();
  }

  for (const element of photos) {
    if (performance.now() > deadline) {
      break;
    }

    const image = await readQuietly(element);
    addResult(scan, image && decodeQrCodesQuickly(image));
    await yieldToPage();
  }
  scan.payloads = orderEnrollmentFirst(scan.payloads);

  return scan;
}

async function readQuietly(element: Candidate): Promise<RgbaImage | null> {
  try {
    return await readPixels(element);
  } catch {
    // A page can break an element in ways no check foresees (a detached
    // node, a patched prototype); one bad element must not end the scan.
    return null;
  }
}

/** Counts one element: null when its pixels could not be read. */
function addResult(scan: PageScan, texts: string[] | null): void {
  scan.imagesChecked += 1;
  if (!texts) {
    scan.unreadable += 1;

    return;
  }

  for (const text of texts) {
    if (!scan.payloads.includes(text)) {
      scan.payloads.push(text);
    }
  }
}

/** Lets the page paint and handle input between two decodes. */
function yieldToPage(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}
