import type { Browser, Page } from 'puppeteer-core';

/** Milliseconds from navigation start to a condition, read inside the page. */
type Probe = 'codes' | 'loaded';

// Installed before the page's own scripts: records when every code is in
// the DOM (popup) or when the document finished parsing (baseline). Kept
// as text because tsx would wrap a function in helpers the page lacks.
function probeScript(probe: Probe, expected: number): string {
  return `(() => {
    const record = () => { window.benchShownAt = performance.now(); };
    if (${JSON.stringify(probe)} === 'loaded') {
      document.addEventListener('DOMContentLoaded', record);
      return;
    }
    const observer = new MutationObserver(() => {
      if (document.querySelectorAll('[data-code]').length < ${expected}) return;
      observer.disconnect();
      record();
    });
    observer.observe(document, { childList: true, subtree: true });
  })();`;
}

/** Opens an extension page in a fresh tab and measures one probe. */
export async function measureOpen(
  browser: Browser,
  url: string,
  probe: Probe,
  expected = 0,
): Promise<number> {
  const page: Page = await browser.newPage();
  await page.evaluateOnNewDocument(probeScript(probe, expected));
  await page.goto(url);
  const handle = await page.waitForFunction(
    () => (window as unknown as { benchShownAt?: number }).benchShownAt,
    { timeout: 60_000 },
  );
  const shownAt = (await handle.jsonValue()) as number;
  await page.close();

  return shownAt;
}

/** The median of a list of numbers. */
export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);

  const upper = sorted[middle] ?? NaN;
  if (sorted.length % 2) return upper;

  return ((sorted[middle - 1] ?? NaN) + upper) / 2;
}
