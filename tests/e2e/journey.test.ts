import type { Browser, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, type BrowserName } from './browsers';
import { clickByName, openPopup, waitForNotice } from './popup';
import {
  pressAndWait,
  readHeading,
  signInWithPassword,
  startTestSite,
  typeInto,
  PASSWORD,
  waitForNextTimeStep,
} from './site';

const headless = !process.env.HEADED;

describe.each<BrowserName>(['chromium', 'firefox'])(
  'the whole journey in %s',
  (name) => {
    let site: Awaited<ReturnType<typeof startTestSite>>;
    let browser: Browser;
    let page: Page;

    beforeAll(async () => {
      site = await startTestSite();
      browser = await launchWithExtension(name, { headless });
      page = await browser.newPage();
    });

    afterAll(async () => {
      await browser?.close();
      await site?.dispose();
    });

    it('sets up 2-step verification by scanning and filling', async () => {
      await signInWithPassword(page, site.url);
      expect(await readHeading(page)).toBe('Account security');

      await pressAndWait(page, 'Set up');
      await typeInto(page, 'Enter your password', PASSWORD);
      await pressAndWait(page, 'Next');
      expect(await readHeading(page)).toBe('Set up your authenticator app');

      const popup = await openPopup(name, browser, page);
      await clickByName(popup, 'Scan QR code');
      const review = await popup.waitForSelector('::-p-aria(Review account)');
      const reviewText = await review!.evaluate(
        (element) => element.textContent,
      );
      expect(reviewText).toContain('Twostep Demo');
      expect(reviewText).toContain('alice@example.com');
      expect(reviewText).toContain('127.0.0.1');
      await clickByName(popup, 'Save account');
      await waitForNotice(popup, 'Saved Twostep Demo');

      await clickByName(popup, 'Fill code for Twostep Demo');
      await waitForNotice(popup, 'Filled the code');
      const filled = await page.$eval(
        'input[name=code]',
        (input) => (input as HTMLInputElement).value,
      );
      expect(filled).toMatch(/^\d{6}$/);

      await pressAndWait(page, 'Turn On');
      expect(await page.content()).toContain('2-Step Verification is on');
    });

    it('signs in again with a filled code', async () => {
      await pressAndWait(page, 'Sign out');
      await signInWithPassword(page, site.url);
      expect(await readHeading(page)).toBe('2-Step Verification');

      // The code used to turn it on is spent; the site refuses a replay.
      await waitForNextTimeStep();
      const popup = await openPopup(name, browser, page);
      await clickByName(popup, 'Fill code for Twostep Demo');
      await waitForNotice(popup, 'Filled the code');

      await pressAndWait(page, 'Verify');
      expect(await readHeading(page)).toBe('Account security');
    });

    it('sets it up again on a new device, replacing the secret', async () => {
      await pressAndWait(page, 'Change authenticator app');
      if ((await readHeading(page)) === "Confirm it's you") {
        await typeInto(page, 'Enter your password', PASSWORD);
        await pressAndWait(page, 'Next');
      }
      const popup = await openPopup(name, browser, page);
      await clickByName(popup, 'Scan QR code');
      await clickByName(popup, 'Replace secret');
      await waitForNotice(popup, 'Replaced the secret of Twostep Demo');
      expect(await popup.$$eval('.accounts > li', (rows) => rows.length)).toBe(
        1,
      );

      // The sign-in code spent this time step.
      await waitForNextTimeStep();
      await clickByName(popup, 'Fill code for Twostep Demo');
      await waitForNotice(popup, 'Filled the code');
      await pressAndWait(page, 'Turn On');
      expect(await page.content()).toContain('2-Step Verification is on');
    });

    it('turns it off', async () => {
      await pressAndWait(page, 'Turn off');
      if ((await readHeading(page)) === "Confirm it's you") {
        await typeInto(page, 'Enter your password', PASSWORD);
        await pressAndWait(page, 'Next');
      }
      await pressAndWait(page, 'Turn off');

      expect(await page.$eval('#two-step-status', (s) => s.textContent)).toBe(
        'Off',
      );
    });
  },
);
