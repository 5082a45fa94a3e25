// @vitest-environment node
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  generateCode,
  PASSWORD,
  startTestSite,
  STEP_MS,
  type TestSite,
} from './fixture.ts';
import {
  openSetup,
  submitCode,
  submitPassword,
  turnOnTwoStep,
} from './flows.ts';
import {
  countQrCodes,
  readCsrfToken,
  readError,
  readHeading,
  readNotice,
  readSetupKey,
  readTwoStepStatus,
} from './page-text.ts';

describe('demo site 2-Step Verification setup', () => {
  let test: TestSite;

  beforeEach(async () => {
    test = await startTestSite();
  });

  afterEach(async () => {
    await test.dispose();
  });

  it('asks for the password again before showing a secret', async () => {
    await submitPassword(test.client);
    const page = await test.client.get('/security/2sv/setup?qr=svg');
    const wrong = await test.client.post(page.path, {
      csrf: readCsrfToken(page.html),
      password: 'not it',
    });

    expect(page.path).toBe(
      '/security/reconfirm?next=%2Fsecurity%2F2sv%2Fsetup%3Fqr%3Dsvg',
    );
    expect(readHeading(page.html)).toBe("Confirm it's you");
    expect(page.html).not.toContain('id="setup-key"');
    expect(readError(wrong.html)).toBe('Wrong password. Try again.');
  });

  it('shows a QR code and a 32-letter key in groups of four', async () => {
    await submitPassword(test.client);
    const page = await openSetup(test.client);

    expect(page.path).toBe('/security/2sv/setup');
    expect(page.html).toContain("Can't scan it? Enter this setup key");
    expect(readSetupKey(page.html)).toMatch(/^([A-Z2-7]{4} ){7}[A-Z2-7]{4}$/);
    expect(page.html).toContain('<img alt="QR code" src="data:image/png');
    expect(page.html).toContain('autocomplete="one-time-code"');
  });

  it('turns 2SV on with a code from the scanned secret', async () => {
    const { page } = await turnOnTwoStep(test.client, test.clock);

    expect(page.path).toBe('/security?done=on');
    expect(readNotice(page.html)).toBe('2-Step Verification is on');
    expect(readTwoStepStatus(page.html)).toBe('On');
  });

  it('keeps 2SV off after a wrong setup code', async () => {
    await submitPassword(test.client);
    const setup = await openSetup(test.client);
    const page = await submitCode(test.client, setup, '000000');
    const security = await test.client.get('/security');

    expect(page.status).toBe(400);
    expect(readError(page.html)).toBe('Wrong code. Try again.');
    expect(readSetupKey(page.html)).toBe(readSetupKey(setup.html));
    expect(readTwoStepStatus(security.html)).toBe('Off');
  });

  it('asks for the code at the next sign-in', async () => {
    const { setupKey, page } = await turnOnTwoStep(test.client, test.clock);
    await test.client.post('/signout', { csrf: readCsrfToken(page.html) });
    test.clock.time += STEP_MS;

    const codePage = await submitPassword(test.client);
    const code = generateCode(setupKey, test.clock.time);
    const security = await submitCode(test.client, codePage, code);

    expect(codePage.path).toBe('/signin/code');
    expect(readHeading(codePage.html)).toBe('2-Step Verification');
    expect(codePage.html).toContain(
      'Enter the code from your authenticator app',
    );
    expect(security.path).toBe('/security');
    expect(readTwoStepStatus(security.html)).toBe('On');
  });

  it('keeps the old secret until a new device verifies', async () => {
    const first = await turnOnTwoStep(test.client, test.clock);
    test.clock.time += STEP_MS;

    const setup = await openSetup(test.client);
    const newKey = readSetupKey(setup.html);
    await test.client.post('/signout', { csrf: readCsrfToken(setup.html) });
    const codePage = await submitPassword(test.client);
    const oldCode = generateCode(first.setupKey, test.clock.time);
    const signedIn = await submitCode(test.client, codePage, oldCode);

    expect(newKey).not.toBe(first.setupKey);
    expect(signedIn.path).toBe('/security');
  });

  it('switches to the new secret once its code verifies', async () => {
    const first = await turnOnTwoStep(test.client, test.clock);
    test.clock.time += STEP_MS;

    const setup = await openSetup(test.client);
    const newKey = readSetupKey(setup.html);
    const done = await submitCode(
      test.client,
      setup,
      generateCode(newKey, test.clock.time),
    );
    await test.client.post('/signout', { csrf: readCsrfToken(done.html) });
    test.clock.time += STEP_MS;
    const codePage = await submitPassword(test.client);
    const oldCode = generateCode(first.setupKey, test.clock.time);
    const refused = await submitCode(test.client, codePage, oldCode);

    expect(readNotice(done.html)).toBe('2-Step Verification is on');
    expect(readError(refused.html)).toBe('Wrong code. Try again.');
  });

  it('turns 2SV off after the password is typed again', async () => {
    await turnOnTwoStep(test.client, test.clock);
    test.clock.time += 11 * 60 * 1000;

    const reconfirm = await test.client.get('/security/2sv/off');
    const confirm = await test.client.post(reconfirm.path, {
      csrf: readCsrfToken(reconfirm.html),
      password: PASSWORD,
    });
    const page = await test.client.post('/security/2sv/off', {
      csrf: readCsrfToken(confirm.html),
    });

    expect(reconfirm.path).toMatch(/^\/security\/reconfirm\?next=/);
    expect(readHeading(confirm.html)).toBe('Turn off 2-Step Verification');
    expect(readNotice(page.html)).toBe('2-Step Verification is off');
    expect(readTwoStepStatus(page.html)).toBe('Off');
  });

  it('shows an app-store QR code beside the real one on request', async () => {
    await submitPassword(test.client);
    const page = await openSetup(test.client, '/security/2sv/setup?decoy=1');

    expect(countQrCodes(page.html)).toBe(2);
    expect(page.html).toContain('alt="QR code to get our app"');
    expect(page.html).toContain('alt="QR code"');
  });
});
