import { isEnrollmentPayload } from '../otp/payload';
import {
  findBackgroundImages,
  isReadableAddress,
  type BackgroundImage,
} from './background-images';
import type { Area, Viewport } from './capture-areas';
import { measureTwoToneShare } from './classify';
import { decodeQrCodes, decodeQrCodesQuickly } from './decode';
import { findCandidates, type Candidate } from './find-candidates';
import { findFrameOffset, placeElement, readViewport } from './frame-place';
import { orderEnrollmentFirst } from './order';
import { readPageLines } from './page-lines';
import type { RgbaImage } from './rgba-image';
import { findSetupKeys } from './setup-key';
import { readImageAddress, readPixels, waitForImages } from './sources';

// Generated codes are at least this two-tone, photos well under it.
const TWO_TONE_SHARE = 0.5;
// jsQR blocks the page while it works and takes a few hundred milliseconds
// on a photo, so photos are read last and only while this lasts.
const PAGE_BUDGET_MS = 3000;

/** What a scan of one document found: plain data that can cross worlds. */
export interface PageScan {
  /** Every distinct QR code text, enrollment payloads first. */
  payloads: string[];
  /** Visible images, canvases, SVGs and CSS backgrounds looked at. */
  imagesChecked: number;
  /** Those whose pixels could not be read, mostly other sites' images. */
  unreadable: number;
  /**
   * Where the unreadable ones show, in CSS pixels of the top frame's
   * viewport; empty when this frame cannot tell where it sits.
   */
  unreadableAreas: Area[];
  /** This frame's viewport; the top frame's scales a capture of the tab. */
  viewport: Viewport;
  /** Setup keys shown as text, looked for only when no code was read. */
  setupKeys: string[];
}

/** An element that may show a code, and how to read its pixels. */
interface Source {
  element: Element;
  read: () => Promise<RgbaImage | null>;
}

/** Reads the QR codes a document shows, and its setup key if none. */
export async function scanPage(doc: Document): Promise<PageScan> {
  // Only a detached document has no window; the scan gets a live one.
  const view = doc.defaultView ?? window;
  const scan: PageScan = {
    payloads: [],
    imagesChecked: 0,
    unreadable: 0,
    unreadableAreas: [],
    viewport: readViewport(view),
    setupKeys: [],
  };
  const offset = findFrameOffset(view);
  const candidates = findCandidates(doc);
  const { origin } = view;
  const sources = [
    ...candidates.map(fromCandidate),
    ...findBackgroundImages(doc).map((image) => fromBackground(image, origin)),
  ];
  await waitForImages(candidates);
  const deadline = performance.now() + PAGE_BUDGET_MS;
  const photos: Source[] = [];
  for (const source of sources) {
    const image = await readQuietly(source);
    if (image && measureTwoToneShare(image) < TWO_TONE_SHARE) {
      photos.push(source);
    } else {
      addResult(scan, source, offset, image && decodeQrCodes(image));
    }
    await yieldToPage();
  }

  for (const source of photos) {
    if (performance.now() > deadline) {
      break;
    }

    const image = await readQuietly(source);
    addResult(scan, source, offset, image && decodeQrCodesQuickly(image));
    await yieldToPage();
  }
  scan.payloads = orderEnrollmentFirst(scan.payloads);
  if (!scan.payloads.some(isEnrollmentPayload)) {
    scan.setupKeys = findSetupKeys(readPageLines(doc));
  }

  return scan;
}

function fromCandidate(element: Candidate): Source {
  return { element, read: () => readPixels(element) };
}

function fromBackground(image: BackgroundImage, origin: string): Source {
  const { element, address } = image;
  const isReadable = isReadableAddress(address, origin);

  return {
    element,
    read: async () => (isReadable ? readImageAddress(element, address) : null),
  };
}

async function readQuietly(source: Source): Promise<RgbaImage | null> {
  try {
    return await source.read();
  } catch {
    // A page can break an element in ways no check foresees (a detached
    // node, a patched prototype); one bad element must not end the scan.
    return null;
  }
}

/** Counts one element: null when its pixels could not be read. */
function addResult(
  scan: PageScan,
  source: Source,
  offset: { x: number; y: number } | null,
  texts: string[] | null,
): void {
  scan.imagesChecked += 1;
  if (!texts) {
    scan.unreadable += 1;
    if (offset) {
      scan.unreadableAreas.push(placeElement(source.element, offset));
    }

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
