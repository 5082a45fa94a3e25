import type { Browser } from 'wxt/browser';
import type { FieldReport } from '../messages';

/** A frame's field report, with the frame's address as the browser gave it. */
export interface FrameReport {
  frameId: number;
  url: string;
  field: NonNullable<FieldReport['field']>;
}

const reportsByTab = new Map<number, FrameReport[]>();

/** Starts collecting field reports for a tab, dropping any older ones. */
export function startCollecting(tabId: number): void {
  reportsByTab.set(tabId, []);
}

/** Stops collecting for a tab and returns what its frames reported. */
export function stopCollecting(tabId: number): FrameReport[] {
  const reports = reportsByTab.get(tabId) ?? [];
  reportsByTab.delete(tabId);

  return reports;
}

/**
 * Records a report from a fill script. The frame's address comes from the
 * browser's sender record, never from the page, so a page cannot claim to
 * be another site.
 */
export function onFieldReport(
  report: FieldReport,
  sender: Browser.runtime.MessageSender,
): void {
  const tabId = sender.tab?.id;
  const reports = tabId === undefined ? undefined : reportsByTab.get(tabId);
  if (!reports || !report.field || !sender.url) return;

  reports.push({
    frameId: sender.frameId ?? 0,
    url: sender.url,
    field: report.field,
  });
}
