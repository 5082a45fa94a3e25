// @vitest-environment node
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SiteClient, type Page } from './client.ts';
import {
  generateCode,
  startTestSite,
  STEP_MS,
  type TestSite,
} from './fixture.ts';
import { submitCode, submitPassword, turnOnTwoStep } from './flows.ts';
import { readCsrfToken, readError } from './page-text.ts';

const ALREADY_USED = 'That code was already used. Wait for the next one.';

describe('demo site code check at sign-in', () => {
  let test: TestSite;
  let setupKey: string;

  // Signs out, then in with the password, and returns the code page.
  async function reachCodePage(path = '/signin'): Promise<Page> {
    const security = await test.client.get('/security');
    if (security.path === '/security') {
      await test.client.post('/signout', {
        csrf: readCsrfToken(security.html),
      });
    }

    return submitPassword(test.client, undefined, path);
  }

  // Types the code an app shows some time steps away from the site clock.
  async function signInWithCode(stepsAway: number): Promise<Page> {
    const codePage = await reachCodePage();
    const time = test.clock.time + stepsAway * STEP_MS;

    return submitCode(test.client, codePage, generateCode(setupKey, time));
  }

  beforeEach(async () => {
    test = await startTestSite();
    ({ setupKey } = await turnOnTwoStep(test.client, test.clock));
    // The setup code used this step; start each test in a fresh one.
    test.clock.time += 2 * STEP_MS;
  });

  afterEach(async () => {
    await test.dispose();
  });

  it('accepts the current code', async () => {
    const page = await signInWithCode(0);

    expect(page.path).toBe('/security');
  });

  it('accepts a code one step behind, for a slow clock', async () => {
    const page = await signInWithCode(-1);

    expect(page.path).toBe('/security');
  });

  it('accepts a code one step ahead, for a fast clock', async () => {
    const page = await signInWithCode(1);

    expect(page.path).toBe('/security');
  });

  it('refuses a code from five minutes ago', async () => {
    const page = await signInWithCode(-10);

    expect(page.path).toBe('/signin/code');
    expect(page.status).toBe(400);
    expect(readError(page.html)).toBe('Wrong code. Try again.');
  });

  it('refuses a code from two steps ahead', async () => {
    const page = await signInWithCode(2);

    expect(readError(page.html)).toBe('Wrong code. Try again.');
  });

  it('refuses a code that does not have six digits', async () => {
    const codePage = await reachCodePage();
    const page = await submitCode(test.client, codePage, '12345');

    expect(readError(page.html)).toBe('Wrong code. Try again.');
  });

  it('refuses the same code a second time', async () => {
    const first = await signInWithCode(0);
    const second = await signInWithCode(0);

    expect(first.path).toBe('/security');
    expect(readError(second.html)).toBe(ALREADY_USED);
  });

  it('refuses an older code once a newer one was used', async () => {
    await signInWithCode(1);
    const page = await signInWithCode(0);

    expect(readError(page.html)).toBe(ALREADY_USED);
  });

  it('accepts the next code after one was used', async () => {
    await signInWithCode(0);
    test.clock.time += STEP_MS;
    const page = await signInWithCode(0);

    expect(page.path).toBe('/security');
  });

  it('accepts a code typed with a space in the middle', async () => {
    const codePage = await reachCodePage();
    const code = generateCode(setupKey, test.clock.time);
    const page = await submitCode(
      test.client,
      codePage,
      `${code.slice(0, 3)} ${code.slice(3)}`,
    );

    expect(page.path).toBe('/security');
  });

  it('offers six one-digit boxes that join into one field', async () => {
    const codePage = await reachCodePage('/signin?boxes=1');
    const boxes = codePage.html.match(/maxlength="1"/g) ?? [];
    const code = generateCode(setupKey, test.clock.time);
    const page = await submitCode(test.client, codePage, code);

    expect(codePage.path).toBe('/signin/code?boxes=1');
    expect(boxes).toHaveLength(6);
    expect(codePage.html).toContain('aria-label="Digit 6"');
    expect(codePage.html).toContain('<input type="hidden" name="code" />');
    expect(page.path).toBe('/security');
  });

  it('sends a visitor without the password step to sign-in', async () => {
    const stranger = new SiteClient(test.site.url);
    const page = await stranger.get('/signin/code');

    expect(page.path).toBe('/signin');
  });
});
