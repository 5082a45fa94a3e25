import { browser, type Browser } from 'wxt/browser';
import { siteOf } from '../fill/site';
import type { ScanOutcome } from '../messages';
import { isEnrollmentPayload } from '../otp/payload';
import { decodeCapture } from '../qr/decode-capture';
import type { PageScan } from '../qr/scan-page';
import { injectIntoTab, PAGE_CLOSED_MESSAGE } from './inject';
import { judgePayloads, offerSetupKey } from './judge-payloads';

// executeScript answers frame 0 for the tab's top document.
const TOP_FRAME = 0;
// Chrome allows two captures a second (MAX_CAPTURE_VISIBLE_TAB_CALLS_PER_
// SECOND) and refuses the third, which a second scan soon after can be.
const CAPTURE_QUOTA = /MAX_CAPTURE_VISIBLE_TAB_CALLS_PER_SECOND/;
const CAPTURE_RETRY_MS = 600;

/**
 * Reads the enrollment QR codes shown in every frame of a tab; failing
 * that, those a capture of the visible tab shows; failing that, a setup
 * key the page prints as text.
 */
export async function scanTab(tabId: number): Promise<ScanOutcome> {
  const tab = await browser.tabs.get(tabId);
  const site = tab.url ? siteOf(tab.url) : null;
  let frames: { frameId: number; result: PageScan | undefined }[];
  try {
    frames = await injectIntoTab<PageScan>(tabId, '/scan.js');
  } catch {
    return { status: 'problem', message: PAGE_CLOSED_MESSAGE };
  }

  const scans = frames.flatMap(({ result }) => (result ? [result] : []));
  const payloads = scans.flatMap((scan) => scan.payloads);
  if (payloads.some(isEnrollmentPayload)) {
    return judgePayloads(payloads, site);
  }

  const top = frames.find(({ frameId }) => frameId === TOP_FRAME)?.result;
  const captured = top ? await readCapture(tab, top, scans) : [];
  const outcome = judgePayloads([...payloads, ...captured], site);
  if (outcome.status === 'found') {
    return outcome;
  }

  const setupKeys = new Set(scans.flatMap((scan) => scan.setupKeys));

  return offerSetupKey([...setupKeys], site) ?? outcome;
}

/** The codes a capture of the tab shows where the frames could not read. */
async function readCapture(
  tab: Browser.tabs.Tab,
  top: PageScan,
  scans: PageScan[],
): Promise<string[]> {
  // The capture shows whatever tab is in front, so it must still be this
  // one, on the page just scanned.
  const now = await browser.tabs.get(tab.id!);
  if (!now.active || now.url !== tab.url) {
    return [];
  }

  try {
    const address = await captureVisibleTab(now.windowId);
    const areas = scans.flatMap((scan) => scan.unreadableAreas);

    return await decodeCapture(address, areas, top.viewport);
  } catch {
    // No activeTab grant, a page the browser keeps from extensions, or a
    // browser without OffscreenCanvas: the capture only ever adds to the
    // scan, whose own answer then stands.
    return [];
  }
}

async function captureVisibleTab(windowId: number): Promise<string> {
  // PNG: JPEG, the default, blurs module edges.
  const capture = () =>
    browser.tabs.captureVisibleTab(windowId, { format: 'png' });
  try {
    return await capture();
  } catch (error) {
    if (!CAPTURE_QUOTA.test(String(error))) throw error;

    await new Promise((resolve) => setTimeout(resolve, CAPTURE_RETRY_MS));

    return capture();
  }
}
