import type { Browser, Page } from 'puppeteer-core';
import type { BrowserName } from './browsers';

/**
 * Opens Twostep's popup for a page, as a person would. Chromium clicks the
 * real toolbar button, which also grants activeTab. Firefox cannot, so its
 * end-to-end build keeps the popup open in a background tab; bringing the
 * site's tab to the front makes it the tab the popup acts on.
 */
export async function openPopup(
  name: BrowserName,
  browser: Browser,
  page: Page,
): Promise<Page> {
  await page.bringToFront();
  if (name === 'firefox') return findFirefoxPopupTab(browser);

  for (const open of await browser.pages()) {
    if (open.url().endsWith('popup.html')) await open.close();
  }
  const [extension] = (await browser.extensions()).values();
  if (!extension) throw new Error('Twostep is not loaded in this browser.');
  await page.triggerExtensionAction(extension);
  const target = await browser.waitForTarget((candidate) =>
    candidate.url().endsWith('popup.html'),
  );
  const popup = await target.asPage();
  await popup.waitForSelector('main');

  return popup;
}

async function findFirefoxPopupTab(browser: Browser): Promise<Page> {
  const deadline = Date.now() + 10_000;
  while (Date.now() < deadline) {
    for (const candidate of await browser.pages()) {
      // page.url() may read about:blank for extension tabs in Firefox.
      const hash = await candidate
        .evaluate(() => location.hash)
        .catch(() => '');
      if (hash === '#twostep-e2e-popup-tab') {
        await candidate.waitForSelector('main');

        return candidate;
      }
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error('The end-to-end build did not open its popup tab.');
}

/** Clicks a control of the popup by its accessible name. */
export async function clickByName(popup: Page, name: string): Promise<void> {
  const control = await popup.waitForSelector(`::-p-aria(${name})`);
  await control!.evaluate((element) => (element as HTMLElement).click());
}

/** Waits until the popup's status or alert line contains the text. */
export async function waitForNotice(popup: Page, text: string): Promise<void> {
  try {
    await popup.waitForFunction(
      (wanted) =>
        [...document.querySelectorAll('[role=status], [role=alert]')].some(
          (notice) => notice.textContent?.includes(wanted),
        ),
      { timeout: 15_000 },
      text,
    );
  } catch {
    const shown = await popup.$$eval('[role=status], [role=alert]', (all) =>
      all.map((notice) => notice.textContent).join(' | '),
    );
    throw new Error(`Expected the notice "${text}", saw: ${shown || 'none'}`);
  }
}
