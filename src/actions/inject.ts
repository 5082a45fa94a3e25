import { browser } from 'wxt/browser';

/** Runs one of Twostep's bundled scripts in every frame of a tab. */
export async function injectIntoTab<T>(
  tabId: number,
  file: '/scan.js' | '/fill.js',
): Promise<{ frameId: number; result: T }[]> {
  const results = await browser.scripting.executeScript({
    target: { tabId, allFrames: true },
    files: [file],
  });

  return results.map(({ frameId, result }) => ({
    frameId,
    result: result as T,
  }));
}

/** A message for pages the browser does not let extensions read. */
export const PAGE_CLOSED_MESSAGE =
  'Twostep cannot read this page. Browser pages and add-on stores are ' +
  'closed to extensions; open the site itself and try again.';
