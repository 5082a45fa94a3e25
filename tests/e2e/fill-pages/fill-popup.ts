import type { TOTP } from 'otpauth';
import type { Browser, Page } from 'puppeteer-core';
import type { BrowserName } from '../browsers';
import { clickByName, openPopup, waitForNotice } from '../popup';
import { typeInto } from '../site';

const NOTICE = '[role=status], [role=alert]';

/** The popup's answer when no frame has a code field. */
export const NO_FIELD =
  'Twostep found no field for a verification code on this page. ' +
  'Click the field where the code goes, or copy the code instead.';

/** The popup's answer to a code that went in. */
export function filledOn(site: string): string {
  return `Filled the code on ${site}.`;
}

/** The popup's answer when the field's site is not the account's. */
export function notLinked(account: TOTP, site: string): string {
  return (
    `${account.issuer} is not linked to ${site}, so Twostep did not fill ` +
    'its code here. If this really is the site of that account, link it ' +
    'and fill.'
  );
}

/** Adds an account by pasting its otpauth link into the popup. */
export async function addAccount(popup: Page, account: TOTP): Promise<void> {
  await clickByName(popup, 'Add account');
  await typeInto(popup, 'otpauth link', account.toString());
  await clickByName(popup, 'Add from link');
  await clickByName(popup, 'Save account');
  await waitForNotice(popup, `Saved ${account.issuer}`);
}

/** Presses Fill for an account, as a person would, and reads the answer. */
export async function pressFill(
  name: BrowserName,
  browser: Browser,
  page: Page,
  issuer: string,
): Promise<{ popup: Page; notice: string }> {
  const popup = await openPopup(name, browser, page);
  const fill = await popup.waitForSelector(
    `::-p-aria(Fill code for ${issuer})`,
  );
  // Firefox keeps one popup tab, where an earlier answer may still show the
  // same words; the Fill button is busy from the press until this answer.
  const notice = await fill!.evaluate(
    (button, selector) =>
      new Promise<string>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error('No answer')), 15_000);
        const observer = new MutationObserver(() => {
          if ((button as HTMLButtonElement).disabled) return;

          observer.disconnect();
          clearTimeout(timer);
          const box = document.querySelector(selector);
          resolve((box?.querySelector('p') ?? box)?.textContent ?? '');
        });
        observer.observe(button, { attributeFilter: ['disabled'] });
        (button as HTMLElement).click();
      }),
    NOTICE,
  );

  return { popup, notice };
}

/** Waits for the popup's notice, or for one other than `previous`. */
export async function readNotice(popup: Page, previous = ''): Promise<string> {
  const notice = await popup.waitForFunction(
    (selector, previous) => {
      const box = document.querySelector(selector);
      // The first paragraph: the box may also hold a "Link … and fill" button.
      const text = (box?.querySelector('p') ?? box)?.textContent ?? '';

      return text !== '' && text !== previous && text;
    },
    { timeout: 15_000 },
    NOTICE,
    previous,
  );

  return (await notice.jsonValue()) as string;
}
