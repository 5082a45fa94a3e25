import { Secret, TOTP } from 'otpauth';
import type { Browser, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, type BrowserName } from './browsers';
import {
  addAccount,
  filledOn,
  notLinked,
  NO_FIELD,
  pressFill,
  readNotice,
} from './fill-pages/fill-popup';
import {
  findFrame,
  readFields,
  readHostileLog,
  readRecordedEvents,
} from './fill-pages/inspect';
import { startFillPages, type FillPages, type Host } from './fill-pages/server';
import { clickByName, openPopup } from './popup';

const headless = !process.env.HEADED;

function makeAccount(issuer: string): TOTP {
  return new TOTP({ issuer, label: 'alice@example.com', secret: new Secret() });
}

// The tests of a browser run in order and share its vault: the first fill
// links Northwind to 127.0.0.1, a later one Adatum Pay to localhost.
const NORTHWIND = makeAccount('Northwind');
const ADATUM = makeAccount('Adatum Pay');

// What typing into one field makes a page see; no clicks, messages,
// storage events or submits.
const EDITING = new Set([
  ...['keydown', 'keypress', 'keyup', 'beforeinput', 'input', 'change'],
  ...['focus', 'blur', 'focusin', 'focusout', 'paste', 'select'],
]);

/** Matches the code an account showed at `since` or now, across a step. */
function currentCode(account: TOTP, since: number) {
  return expect.toBeOneOf([
    account.generate({ timestamp: since }),
    account.generate(),
  ]);
}

const PLAIN_PAGES = [
  {
    file: 'label-only.html',
    what: 'a field with no id or name, only a label',
    field: 'Verification code',
    others: { 'Search help': '' },
  },
  {
    file: 'spanish.html',
    what: 'a field labelled "Código de verificación"',
    field: 'Código de verificación',
    others: { 'Correo electrónico': 'ana@ejemplo.es' },
  },
];

const PAGES_WITHOUT_CODE_FIELD = [
  { file: 'captcha.html', what: 'a captcha labelled "Verification code"' },
  { file: 'phone.html', what: 'a phone number field' },
  { file: 'coupon.html', what: 'a coupon field' },
  { file: 'recovery.html', what: 'a recovery code field' },
  { file: 'hidden-field.html', what: 'only hidden code fields' },
];

describe.each<BrowserName>(['chromium', 'firefox'])(
  'filling verification screens in %s',
  (name) => {
    let pages: FillPages;
    let browser: Browser;
    let page: Page;

    const fill = (account = NORTHWIND) =>
      pressFill(name, browser, page, account.issuer);

    const open = async (file: string, host?: Host) => {
      await page.goto(pages.url(file, host));

      return Date.now();
    };

    beforeAll(async () => {
      pages = await startFillPages();
      browser = await launchWithExtension(name, { headless });
      page = await browser.newPage();
      await open('one-time-code.html');
      await addAccount(await openPopup(name, browser, page), NORTHWIND);
    });

    afterAll(async () => {
      await browser?.close();
      await pages?.close();
    });

    it('links 127.0.0.1 on the first fill, then fills the one-time-code field', async () => {
      const since = await open('one-time-code.html');

      const { popup, notice } = await fill();
      expect(notice).toBe(notLinked(NORTHWIND, '127.0.0.1'));
      expect((await readFields(page)).Code).toBe('');

      await clickByName(popup, 'Link 127.0.0.1 and fill');
      expect(await readNotice(popup, notice)).toBe(filledOn('127.0.0.1'));
      expect(await readFields(page)).toEqual({
        csrf: 'd41d8cd98f',
        Code: currentCode(NORTHWIND, since),
        'Name this device (optional)': '',
      });
      // Filling never submits: the form would have left this address.
      expect(page.url()).toBe(pages.url('one-time-code.html'));
    });

    it.each(PLAIN_PAGES)('fills $what', async ({ file, field, others }) => {
      const since = await open(file);

      const { notice } = await fill();

      expect(notice).toBe(filledOn('127.0.0.1'));
      expect(await readFields(page)).toEqual({
        ...others,
        [field]: currentCode(NORTHWIND, since),
      });
    });

    it('fills a row of six boxes whose script moves focus itself', async () => {
      const since = await open('boxes.html');

      const { notice } = await fill();

      expect(notice).toBe(filledOn('127.0.0.1'));
      const fields = await readFields(page);
      const digits = [1, 2, 3, 4, 5, 6].map((box) => fields[`Digit ${box}`]);
      expect(digits.join('')).toEqual(currentCode(NORTHWIND, since));
      // The widget's own state, which the form would send.
      expect(fields.code).toBe(digits.join(''));
      expect(fields['Remember this browser for']).toBe('30');
    });

    it('fills a controlled input that undoes values set by script', async () => {
      const since = await open('controlled.html');
      // The imitation is worth testing only if a plain value set bounces.
      await page.$eval('#mfa', (input) => {
        (input as HTMLInputElement).value = '123456';
        input.dispatchEvent(new Event('input', { bubbles: true }));
      });
      expect(await readFields(page)).toEqual({ 'Authentication code': '' });

      const { notice } = await fill();

      expect(notice).toBe(filledOn('127.0.0.1'));
      expect(await readFields(page)).toEqual({
        'Authentication code': currentCode(NORTHWIND, since),
      });
      expect(await page.$eval('#progress', (text) => text.textContent)).toBe(
        '6 of 6 digits',
      );
      expect(
        await page.$eval('button#verify', (button) => button.disabled),
      ).toBe(false);
    });

    const expectShadowFill = async (file: string) => {
      const since = await open(file);

      const { notice } = await fill();

      expect(notice).toBe(filledOn('127.0.0.1'));
      const value = await page.$eval(
        'otp-input',
        (element) => (element as HTMLElement & { value: string }).value,
      );
      expect(value).toEqual(currentCode(NORTHWIND, since));
      expect(await readFields(page)).toEqual({ Username: 'alice' });
    };

    it('fills a field in an open shadow root', () =>
      expectShadowFill('open-shadow.html'));

    it('fills a field in a closed shadow root', () =>
      expectShadowFill('closed-shadow.html'));

    it('fills a field in a dialog without a form', async () => {
      const since = await open('dialog.html');
      await page.click('#send');

      const { notice } = await fill();

      expect(notice).toBe(filledOn('127.0.0.1'));
      expect(await readFields(page)).toEqual({
        'Search payees': '',
        Code: currentCode(NORTHWIND, since),
      });
    });

    it('fills a field added 500 ms after a client-side route change', async () => {
      const since = await open('route.html');
      const early = await fill();
      expect(early.notice).toBe(NO_FIELD);

      await page.click('#continue');
      await page.waitForSelector('#otp');
      expect(new URL(page.url()).pathname).toBe('/account/verify');
      const { notice } = await fill();

      expect(notice).toBe(filledOn('127.0.0.1'));
      expect(await readFields(page)).toEqual({
        'Enter the code from your authenticator app': currentCode(
          NORTHWIND,
          since,
        ),
      });
    });

    it('fills a field in a frame of the same site', async () => {
      const since = await open('same-origin-frame.html');
      const frame = await findFrame(page, 'frame-field.html', '127.0.0.1');

      const { notice } = await fill();

      expect(notice).toBe(filledOn('127.0.0.1'));
      expect(await readFields(frame)).toEqual({
        'Authentication code': currentCode(NORTHWIND, since),
      });
      expect(await readRecordedEvents(frame)).toContainEqual({
        type: 'input',
        target: 'code',
      });
      expect(await readFields(page)).toEqual({ Search: '' });
    });

    it('keeps the code out of a frame of a site the account is not linked to', async () => {
      await open('cross-site-frame.html');
      const frame = await findFrame(page, 'frame-field.html', 'localhost');

      const { popup, notice } = await fill();

      expect(notice).toBe(notLinked(NORTHWIND, 'localhost'));
      expect(await popup.$('::-p-aria(Link localhost and fill)')).not.toBe(
        null,
      );
      expect(await readFields(frame)).toEqual({ 'Authentication code': '' });
      expect(await readRecordedEvents(frame)).toEqual([]);
      expect(await readFields(page)).toEqual({ 'Order note': '' });
      expect(await readRecordedEvents(page)).toEqual([]);
    });

    it('fills the frame of another site only for an account linked to it', async () => {
      await addAccount(await openPopup(name, browser, page), ADATUM);
      const since = await open('cross-site-frame.html');
      const frame = await findFrame(page, 'frame-field.html', 'localhost');

      const { popup, notice } = await fill(ADATUM);
      expect(notice).toBe(notLinked(ADATUM, 'localhost'));
      await clickByName(popup, 'Link localhost and fill');

      expect(await readNotice(popup, notice)).toBe(filledOn('localhost'));
      expect(await readFields(frame)).toEqual({
        'Authentication code': currentCode(ADATUM, since),
      });
      expect(await readFields(page)).toEqual({ 'Order note': '' });
      expect(await readRecordedEvents(page)).toEqual([]);
    });

    it('on a page of localhost, fills only its frame of 127.0.0.1', async () => {
      const since = await open('cross-site-frame.html', 'localhost');
      const frame = await findFrame(page, 'frame-field.html', '127.0.0.1');

      const refused = await fill(ADATUM);
      expect(refused.notice).toBe(notLinked(ADATUM, '127.0.0.1'));
      expect(await readRecordedEvents(frame)).toEqual([]);

      const { notice } = await fill(NORTHWIND);
      expect(notice).toBe(filledOn('127.0.0.1'));
      expect(await readFields(frame)).toEqual({
        'Authentication code': currentCode(NORTHWIND, since),
      });
      expect(await readFields(page)).toEqual({ 'Order note': '' });
      expect(await readRecordedEvents(page)).toEqual([]);
    });

    it('never sends the code to a frame of another site with a likelier field', async () => {
      await open('mixed-frames.html');
      const frame = await findFrame(page, 'frame-field.html', 'localhost');

      // Whatever the popup answers, the foreign frame gets nothing.
      await fill();

      expect(await readFields(frame)).toEqual({ 'Authentication code': '' });
      expect(await readRecordedEvents(frame)).toEqual([]);
    });

    it("fills the page's own field beside a likelier field in a frame of another site", async () => {
      const since = await open('mixed-frames.html');
      await findFrame(page, 'frame-field.html', 'localhost');

      const { notice } = await fill();

      expect(notice).toBe(filledOn('127.0.0.1'));
      expect(await readFields(page)).toEqual({
        'Verification code': currentCode(NORTHWIND, since),
      });
    });

    it.each(PAGES_WITHOUT_CODE_FIELD)(
      'finds no field and writes nothing on a page with $what',
      async ({ file }) => {
        await open(file);
        const before = await readFields(page);

        const { notice } = await fill();

        expect(notice).toBe(NO_FIELD);
        expect(await readFields(page)).toEqual(before);
        expect(await readRecordedEvents(page)).toEqual([]);
      },
    );

    it('gives a watching page the one code in the one field, nothing more', async () => {
      const since = await open('hostile.html');
      const title = await page.title();

      const { notice } = await fill();

      expect(notice).toBe(filledOn('127.0.0.1'));
      const fields = await readFields(page);
      expect(fields).toEqual({
        'Authentication code': currentCode(NORTHWIND, since),
        Notes: '',
        Password: '',
        session: 's-0f3a',
      });
      const code = fields['Authentication code']!;
      const log = await readHostileLog(page);
      expect(log.seen).toContainEqual(
        expect.objectContaining({ type: 'input', target: 'otp' }),
      );
      const types = log.seen.map((event) => event.type);
      expect(types.filter((type) => !EDITING.has(type))).toEqual([]);
      for (const event of log.seen) {
        const texts = [event.key, event.data, event.pasted].filter(Boolean);
        if (texts.length > 0) expect(event.target).toBe('otp');
        for (const text of texts) expect(code).toContain(text);
        expect(event.inputs).toEqual({
          otp: expect.toSatisfy((value: string) => code.startsWith(value)),
          notes: '',
          password: '',
          session: 's-0f3a',
        });
      }
      expect(log).toMatchObject({ title, stored: 0, cookie: '' });
      expect(log.html).not.toContain(NORTHWIND.secret.base32);
      expect(log.html).not.toContain(NORTHWIND.issuer);
      expect(page.url()).toBe(pages.url('hostile.html'));
    });
  },
);
