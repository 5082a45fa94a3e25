import { browser } from 'wxt/browser';
import { siteOf } from '../fill/site';
import type { ScanOutcome } from '../messages';
import type { PageScan } from '../qr/scan-page';
import { injectIntoTab, PAGE_CLOSED_MESSAGE } from './inject';
import { judgePayloads } from './judge-payloads';

/** Reads the enrollment QR codes shown in every frame of a tab. */
export async function scanTab(tabId: number): Promise<ScanOutcome> {
  const tab = await browser.tabs.get(tabId);
  let scans: { result: PageScan | undefined }[];
  try {
    scans = await injectIntoTab<PageScan>(tabId, '/scan.js');
  } catch {
    return { status: 'problem', message: PAGE_CLOSED_MESSAGE };
  }

  const payloads = scans.flatMap(({ result }) => result?.payloads ?? []);

  return judgePayloads(payloads, tab.url ? siteOf(tab.url) : null);
}
