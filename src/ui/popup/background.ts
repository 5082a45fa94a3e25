import { browser } from 'wxt/browser';
import type { BackgroundResponse, PopupRequest } from '../../messages';

/** Sends a request to the background and waits for its answer. */
export function askBackground<R extends PopupRequest>(
  request: R,
): Promise<BackgroundResponse<R>> {
  return browser.runtime.sendMessage(request);
}

/**
 * The tab the user is looking at. When the popup itself is open as a tab,
 * that is the active tab of its window other than the popup.
 */
export async function findTargetTab(): Promise<number | undefined> {
  const ownOrigin = new URL(browser.runtime.getURL('/')).origin;
  const tabs = await browser.tabs.query({ active: true, currentWindow: true });
  const tab = tabs.find((candidate) => !candidate.url?.startsWith(ownOrigin));

  return tab?.id;
}
