import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import {
  EXTENSION_DIRS,
  findBrowser,
  launchWithExtension,
  type BrowserName,
} from '../browsers';
import { openPopup } from '../popup';

const GECKO_ID = 'twostep@twostep.dev';

/**
 * Starts a browser with Twostep installed. Firefox also gets system
 * access for WebDriver BiDi, so that a test can grant activeTab as a
 * click on the toolbar button would: BiDi cannot click that button, and
 * tabs.captureVisibleTab needs the grant (Firefox 126 and later).
 */
export async function launchForScanning(
  name: BrowserName,
  headless: boolean,
): Promise<Browser> {
  if (name === 'chromium') return launchWithExtension(name, { headless });

  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: findBrowser('firefox'),
    headless,
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: { 'xpinstall.signatures.required': false },
  });
  await browser.installExtension(EXTENSION_DIRS.firefox);

  return browser;
}

/**
 * Opens the popup for a page with the activeTab grant a click on the
 * toolbar button gives. Chromium's click grants it itself; in Firefox the
 * grant is made in the browser's own window, as its button would.
 */
export async function openPopupWithGrant(
  name: BrowserName,
  browser: Browser,
  page: Page,
): Promise<Page> {
  if (name === 'firefox') {
    await page.bringToFront();
    await grantActiveTab(browser);
  }

  return openPopup(name, browser, page);
}

interface BidiConnection {
  send(method: string, params: object): Promise<{ result: unknown }>;
}

async function grantActiveTab(browser: Browser): Promise<void> {
  // Puppeteer keeps its WebDriver BiDi connection on the browser object.
  const connection = (browser as unknown as { connection: BidiConnection })
    .connection;
  const tree = (await connection.send('browsingContext.getTree', {
    'moz:scope': 'chrome',
  })) as { result: { contexts: { context: string; url: string }[] } };
  const window = tree.result.contexts.find(({ url }) =>
    url.startsWith('chrome://browser/'),
  );
  if (!window) throw new Error('Firefox has no browser window to grant in.');

  await connection.send('script.evaluate', {
    expression: `WebExtensionPolicy.getByID(${JSON.stringify(GECKO_ID)})
      .extension.tabManager.addActiveTabPermission(gBrowser.selectedTab)`,
    target: { context: window.context },
    awaitPromise: false,
  });
}
