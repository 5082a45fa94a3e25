import { Secret, TOTP } from 'otpauth';
import type { Browser, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserName } from './browsers';
import { clickByName, openPopup, waitForNotice } from './popup';
import { launchForScanning, openPopupWithGrant } from './scan-pages/active-tab';
import {
  FIXTURE_ACCOUNT,
  startScanPages,
  type ScanPages,
} from './scan-pages/server';
import {
  pressAndWait,
  signInWithPassword,
  startTestSite,
  typeInto,
  PASSWORD,
} from './site';

const headless = !process.env.HEADED;

/** Waits for the popup's answer to a scan: a review, or a notice. */
async function readAnswer(popup: Page): Promise<string> {
  const answer = await popup.waitForFunction(
    (review) => {
      const shown = document.querySelector(review);
      if (shown) return `review: ${shown.textContent}`;

      const notice = document.querySelector('[role=alert]');

      return notice ? `notice: ${notice.textContent}` : false;
    },
    { timeout: 20_000 },
    '[aria-label="Review account"]',
  );

  return (await answer.jsonValue()) as string;
}

interface TabsApi {
  query(query: object): Promise<{ id: number }[]>;
  setZoom(tabId: number, factor: number): Promise<void>;
}

/** Sets the page zoom of the tab in front, as Ctrl and + would. */
async function setPageZoom(popup: Page, factor: number): Promise<void> {
  await popup.evaluate(async (zoom) => {
    // Firefox names the extension API browser, Chromium chrome.
    const extension = globalThis as unknown as {
      browser?: { tabs: TabsApi };
      chrome?: { tabs: TabsApi };
    };
    const tabs = (extension.browser ?? extension.chrome)!.tabs;
    const [tab] = await tabs.query({ active: true, lastFocusedWindow: true });
    await tabs.setZoom(tab!.id, zoom);
  }, factor);
}

describe.each<BrowserName>(['chromium', 'firefox'])(
  'reading enrollment codes from other sources in %s',
  (name) => {
    let site: Awaited<ReturnType<typeof startTestSite>>;
    let pages: ScanPages;
    let browser: Browser;
    let page: Page;

    beforeAll(async () => {
      site = await startTestSite();
      pages = await startScanPages();
      browser = await launchForScanning(name, headless);
      page = await browser.newPage();
    });

    afterAll(async () => {
      await browser?.close();
      await pages?.close();
      await site?.dispose();
    });

    /** Scans the page in front, as the user would, and reads the answer. */
    async function scan(): Promise<string> {
      const popup = await openPopupWithGrant(name, browser, page);
      await clickByName(popup, 'Scan QR code');
      const answer = await readAnswer(popup);
      if (answer.startsWith('review')) await clickByName(popup, 'Cancel');

      return answer;
    }

    async function scanFixture(file: string): Promise<string> {
      await page.goto(pages.url(file));

      return scan();
    }

    const FOUND = expect.stringMatching(
      new RegExp(
        `^review: .*${FIXTURE_ACCOUNT.issuer}.*${FIXTURE_ACCOUNT.accountName}`,
      ),
    );

    it.each(['background', 'dark'])(
      'reads the demo setup QR code drawn as %s, beside a decoy',
      async (form) => {
        const setupPage = `${site.url}/security/2sv/setup?qr=${form}&decoy=1`;
        await page.goto(setupPage);
        if (page.url().includes('/signin')) {
          await signInWithPassword(page, site.url);
          await page.goto(setupPage);
        }
        if (page.url().includes('reconfirm')) {
          await typeInto(page, 'Enter your password', PASSWORD);
          await pressAndWait(page, 'Next');
        }

        expect(await scan()).toMatch(
          /^review: .*Twostep Demo.*alice@example\.com/,
        );
      },
    );

    it("reads another site's QR code image from a capture of the tab", async () => {
      expect(await scanFixture('cross-site-image.html')).toEqual(FOUND);
    });

    it("reads another site's CSS background QR code", async () => {
      expect(await scanFixture('cross-site-background.html')).toEqual(FOUND);
    });

    it("reads another site's image inside a framed page", async () => {
      expect(await scanFixture('framed-code.html')).toEqual(FOUND);
    });

    it('reads it at device pixel ratio 2', async () => {
      await page.setViewport({ width: 800, height: 600, deviceScaleFactor: 2 });
      try {
        expect(await scanFixture('cross-site-image.html')).toEqual(FOUND);
      } finally {
        await page.setViewport({ width: 800, height: 600 });
      }
    });

    it('reads it at page zoom 150%, in a frame too', async () => {
      await page.goto(pages.url('cross-site-image.html'));
      await setPageZoom(await openPopup(name, browser, page), 1.5);
      try {
        expect(await page.evaluate(() => innerWidth)).toBe(533);
        expect(await scan()).toEqual(FOUND);
        expect(await scanFixture('framed-code.html')).toEqual(FOUND);
      } finally {
        await setPageZoom(await openPopup(name, browser, page), 1);
      }
    });

    // Pinch zoom is emulated through CDP, which Firefox does not speak.
    it.runIf(name === 'chromium')('reads it when pinched to zoom', async () => {
      await page.goto(pages.url('cross-site-background.html'));
      const session = await page.createCDPSession();
      await session.send('Emulation.setPageScaleFactor', {
        pageScaleFactor: 1.5,
      });
      try {
        expect(await page.evaluate(() => visualViewport?.scale)).toBe(1.5);
        expect(await scan()).toEqual(FOUND);
      } finally {
        await session.send('Emulation.setPageScaleFactor', {
          pageScaleFactor: 1,
        });
        await session.detach();
      }
    });

    // Chromium's toolbar click always grants activeTab; only the Firefox
    // harness can open the popup without the grant, to test a refusal.
    it.runIf(name === 'firefox')(
      'says what it read when the browser refuses the capture',
      async () => {
        // Without the grant a click on the button gives, Firefox refuses
        // captureVisibleTab; the image on the page is then all there is.
        await page.goto(pages.url('cross-site-image.html'));
        const popup = await openPopup(name, browser, page);
        await clickByName(popup, 'Scan QR code');

        expect(await readAnswer(popup)).toMatch(/^notice: .*web link/);
      },
    );

    it('offers the setup key a page shows as text, for the user to name', async () => {
      await page.goto(pages.url('setup-key.html'));
      const popup = await openPopupWithGrant(name, browser, page);
      await clickByName(popup, 'Scan QR code');
      const answer = await readAnswer(popup);

      expect(answer).toMatch(/Issuer\s*None given\s*Account\s*None given/);
      expect(answer).toContain('Read from the setup key shown on the page');

      const since = Date.now();
      await clickByName(popup, 'Save account');
      await waitForNotice(popup, 'Saved Unnamed account');
      const code = await popup.$eval(
        '::-p-aria(Copy code for Unnamed account)',
        (button) => button.getAttribute('data-code'),
      );
      const account = new TOTP({
        secret: Secret.fromBase32(FIXTURE_ACCOUNT.secret),
      });

      expect(code).toBeOneOf([
        account.generate({ timestamp: since }),
        account.generate(),
      ]);
    });
  },
);
