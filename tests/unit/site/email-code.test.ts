// @vitest-environment node
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SiteClient, type Page } from './client.ts';
import { startTestSite, type TestSite } from './fixture.ts';
import { signOut, submitPassword, turnOnTwoStep } from './flows.ts';
import {
  readCsrfToken,
  readError,
  readHeading,
  readOutboxCodes,
  readParagraphs,
  readTwoStepStatus,
} from './page-text.ts';

const MINUTE_MS = 60 * 1000;

describe('demo site sign-in with a code by e-mail', () => {
  let test: TestSite;

  // Types the password, then asks for a code by e-mail on the choice page.
  async function requestEmailCode(): Promise<Page> {
    await signOut(test.client);
    await submitPassword(test.client);

    return sendAnotherCode();
  }

  async function sendAnotherCode(): Promise<Page> {
    const choice = await test.client.get('/signin/code/other');

    return test.client.post('/signin/code/email/send', {
      csrf: readCsrfToken(choice.html),
    });
  }

  async function readNewestCode(): Promise<string> {
    const outbox = await new SiteClient(test.site.url).get('/outbox');

    return readOutboxCodes(outbox.html)[0] ?? '';
  }

  function submitEmailCode(page: Page, code: string): Promise<Page> {
    return test.client.post('/signin/code/email', {
      csrf: readCsrfToken(page.html),
      'email-code': code,
    });
  }

  beforeEach(async () => {
    test = await startTestSite();
    await turnOnTwoStep(test.client, test.clock);
  });

  afterEach(async () => {
    await test.dispose();
  });

  it('says where the code went and asks for it', async () => {
    const page = await requestEmailCode();

    expect(page.path).toBe('/signin/code/email');
    expect(readHeading(page.html)).toBe('Check your e-mail');
    expect(readParagraphs(page.html)).toContain(
      'We sent a code to a…@example.com',
    );
    expect(page.html).toContain(
      '<label for="email-code">Enter the code from the e-mail</label>',
    );
    expect(page.html).toMatch(/id="email-code"\s+name="email-code"/);
    expect(page.html).toContain('<button type="submit">Verify</button>');
  });

  it('signs in with the six-digit code from the outbox', async () => {
    const page = await requestEmailCode();
    const code = await readNewestCode();
    const security = await submitEmailCode(page, code);

    expect(code).toMatch(/^\d{6}$/);
    expect(security.path).toBe('/security');
    expect(readTwoStepStatus(security.html)).toBe('On');
  });

  it('lists sent messages in the outbox, newest first', async () => {
    await requestEmailCode();
    test.clock.time += MINUTE_MS;
    await sendAnotherCode();
    const outbox = await new SiteClient(test.site.url).get('/outbox');
    const sentLines = readParagraphs(outbox.html).filter((text) =>
      text.startsWith('To '),
    );

    expect(readHeading(outbox.html)).toBe('Outbox');
    expect(readOutboxCodes(outbox.html)).toHaveLength(2);
    expect(sentLines).toEqual([
      'To alice@example.com · 1 Jan 2025, 12:01 UTC',
      'To alice@example.com · 1 Jan 2025, 12:00 UTC',
    ]);
  });

  it('shows an empty outbox without signing in', async () => {
    const outbox = await new SiteClient(test.site.url).get('/outbox');

    expect(outbox.path).toBe('/outbox');
    expect(readParagraphs(outbox.html)).toContain(
      'No e-mail has been sent yet.',
    );
  });

  it('accepts the code with a space in the middle', async () => {
    const page = await requestEmailCode();
    const code = await readNewestCode();
    const spaced = `${code.slice(0, 3)} ${code.slice(3)}`;
    const security = await submitEmailCode(page, spaced);

    expect(security.path).toBe('/security');
  });

  it('refuses a wrong code', async () => {
    const page = await requestEmailCode();
    const code = await readNewestCode();
    const wrong = code === '000000' ? '111111' : '000000';
    const refused = await submitEmailCode(page, wrong);

    expect(refused.status).toBe(400);
    expect(readError(refused.html)).toBe('Wrong code. Try again.');
  });

  it('refuses a code after ten minutes', async () => {
    const page = await requestEmailCode();
    const code = await readNewestCode();
    test.clock.time += 10 * MINUTE_MS;
    const refused = await submitEmailCode(page, code);

    expect(readError(refused.html)).toBe(
      'That code has expired. Send a new one.',
    );
  });

  it('accepts a code just before ten minutes pass', async () => {
    const page = await requestEmailCode();
    const code = await readNewestCode();
    test.clock.time += 10 * MINUTE_MS - 1000;
    const security = await submitEmailCode(page, code);

    expect(security.path).toBe('/security');
  });

  it('refuses an older code once a new one is sent', async () => {
    const page = await requestEmailCode();
    const older = await readNewestCode();
    let newer = older;
    // Two codes in a row are the same one time in a million.
    while (newer === older) {
      await sendAnotherCode();
      newer = await readNewestCode();
    }
    const refused = await submitEmailCode(page, older);

    expect(readError(refused.html)).toBe('Wrong code. Try again.');
  });

  it('voids the code after five wrong tries', async () => {
    const page = await requestEmailCode();
    const code = await readNewestCode();
    const wrong = code === '000000' ? '111111' : '000000';
    for (let attempt = 0; attempt < 5; attempt += 1) {
      await submitEmailCode(page, wrong);
    }
    const refused = await submitEmailCode(page, code);

    expect(readError(refused.html)).toBe(
      'Too many wrong codes. Send a new one.',
    );
  });

  it('sends a code only for a visitor past the password step', async () => {
    const stranger = new SiteClient(test.site.url);
    const form = await stranger.get('/signin');
    const page = await stranger.post('/signin/code/email/send', {
      csrf: readCsrfToken(form.html),
    });
    const outbox = await stranger.get('/outbox');

    expect(page.path).toBe('/signin');
    expect(readOutboxCodes(outbox.html)).toEqual([]);
  });
});
