import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, ElementHandle, Page } from 'puppeteer-core';
import QRCode from 'qrcode';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, type BrowserName } from './browsers';
import { clickByName, openPopup, waitForNotice } from './popup';
import {
  pressAndWait,
  signInWithPassword,
  startTestSite,
  typeInto,
  PASSWORD,
} from './site';

const headless = !process.env.HEADED;

async function countAccounts(popup: Page): Promise<number> {
  return popup.$$eval('.accounts > li', (rows) => rows.length);
}

describe.each<BrowserName>(['chromium', 'firefox'])(
  'scanning in %s',
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

    it('says so when the page has no QR code, and saves nothing', async () => {
      await page.goto(`${site.url}/help/plain`);
      const popup = await openPopup(name, browser, page);
      await clickByName(popup, 'Scan QR code');

      await waitForNotice(popup, 'No QR code found on this page');
      expect(await countAccounts(popup)).toBe(0);
    });

    it('explains a QR code that is not an enrollment code', async () => {
      await page.goto(`${site.url}/help/app`);
      const popup = await openPopup(name, browser, page);
      await clickByName(popup, 'Scan QR code');

      await waitForNotice(popup, 'not a code for an authenticator app');
      expect(await countAccounts(popup)).toBe(0);
    });

    it('refuses a pasted link with a bad secret, and saves nothing', async () => {
      const popup = await openPopup(name, browser, page);
      await clickByName(popup, 'Add account');
      await typeInto(
        popup,
        'otpauth link',
        'otpauth://totp/Bank:alice?secret=NOT-BASE32!&issuer=Bank',
      );
      await clickByName(popup, 'Add from link');
      const alert = await popup.waitForSelector('[role=alert]');
      const message = await alert!.evaluate((element) => element.textContent);

      expect(message).toMatch(/key|secret/i);
      expect(message).not.toContain('NOT-BASE32');
      await clickByName(popup, 'Cancel');
      expect(await countAccounts(popup)).toBe(0);
    });

    it.each(['img', 'canvas', 'svg'])(
      'reads the setup QR code drawn as %s, beside a decoy',
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
        const popup = await openPopup(name, browser, page);
        await clickByName(popup, 'Scan QR code');
        const review = await popup.waitForSelector('::-p-aria(Review account)');
        const text = await review!.evaluate((element) => element.textContent);

        expect(text).toContain('Twostep Demo');
        expect(text).toContain('alice@example.com');
        await clickByName(popup, 'Cancel');
      },
    );
  },
);

describe.each<BrowserName>(['chromium', 'firefox'])(
  'importing a QR image in %s',
  (name) => {
    let browser: Browser;
    let page: Page;
    let folder: string;

    beforeAll(async () => {
      folder = mkdtempSync(join(tmpdir(), 'twostep-image-'));
      browser = await launchWithExtension(name, { headless });
      page = await browser.newPage();
    });

    afterAll(async () => {
      await browser?.close();
      rmSync(folder, { recursive: true, force: true });
    });

    async function importFile(path: string): Promise<Page> {
      const popup = await openPopup(name, browser, page);
      await clickByName(popup, 'Add account');
      const input = await popup.waitForSelector('input[type=file]');
      await (input as ElementHandle<HTMLInputElement>).uploadFile(path);

      return popup;
    }

    it('reads an enrollment QR code from an image file', async () => {
      const path = join(folder, 'code.png');
      await QRCode.toFile(
        path,
        'otpauth://totp/Acme:carol@example.com?secret=JBSWY3DPEHPK3PXP&issuer=Acme',
      );
      const popup = await importFile(path);
      const review = await popup.waitForSelector('::-p-aria(Review account)');
      const text = await review!.evaluate((element) => element.textContent);

      expect(text).toContain('Acme');
      expect(text).toContain('carol@example.com');
      await clickByName(popup, 'Cancel');
    });

    it('says plainly when the file is not an image', async () => {
      const path = join(folder, 'notes.png');
      writeFileSync(path, 'this is not a picture');
      const popup = await importFile(path);

      await waitForNotice(popup, 'cannot open this file as an image');
      await clickByName(popup, 'Cancel');
    });
  },
);
