import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { startDemoSite, type DemoSite } from '../site/server';

export const EMAIL = 'alice@example.com';
export const PASSWORD = 'correct horse battery staple';

/** Starts the demo site on a free port with a database of its own. */
export async function startTestSite(): Promise<
  DemoSite & { dispose(): Promise<void> }
> {
  const folder = mkdtempSync(join(tmpdir(), 'twostep-site-'));
  const site = await startDemoSite({
    port: 0,
    dbPath: join(folder, 'demo.sqlite'),
  });

  return {
    ...site,
    async dispose() {
      await site.close();
      rmSync(folder, { recursive: true, force: true });
    },
  };
}

/** Types into a field found by its label, as a person would. */
export async function typeInto(page: Page, label: string, text: string) {
  const field = await page.waitForSelector(`::-p-aria(${label})`);
  await field!.click({ count: 3 });
  await field!.type(text);
}

/** Presses a button or link by its visible name and waits for the next page. */
export async function pressAndWait(page: Page, name: string) {
  const control = await page.waitForSelector(
    `::-p-aria([name="${name}"][role="button"]), ::-p-aria([name="${name}"][role="link"])`,
  );
  await Promise.all([page.waitForNavigation(), control!.click()]);
}

/** Signs in with e-mail and password on the sign-in page. */
export async function signInWithPassword(page: Page, url: string) {
  await page.goto(`${url}/signin`);
  await typeInto(page, 'E-mail', EMAIL);
  await typeInto(page, 'Password', PASSWORD);
  await pressAndWait(page, 'Sign in');
}

/** The page's main heading. */
export function readHeading(page: Page): Promise<string> {
  return page.$eval('h1', (heading) => heading.textContent?.trim() ?? '');
}

/** Waits until the next TOTP step starts, so a fresh code is not a replay. */
export async function waitForNextTimeStep(period = 30): Promise<void> {
  const intoStep = (Date.now() / 1000) % period;
  await new Promise((resolve) =>
    setTimeout(resolve, (period - intoStep) * 1000 + 250),
  );
}
