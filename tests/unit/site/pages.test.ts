// @vitest-environment node
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startDemoSite } from '../../site/server.ts';
import { EMAIL, startTestSite, type TestSite } from './fixture.ts';
import { openSetup, submitPassword } from './flows.ts';
import { countQrCodes, readHeading, readSetupKey } from './page-text.ts';
import { buildExpectedUri, readFirstQrCode } from './qr-page.ts';

const APP_STORE_URL = 'https://apps.example.com/twostep-demo';

describe('demo site pages', () => {
  let test: TestSite;

  beforeEach(async () => {
    test = await startTestSite();
  });

  afterEach(async () => {
    await test.dispose();
  });

  it.each(['img', 'canvas', 'svg', 'background'])(
    'draws the exact otpauth URI as a QR code in %s form',
    async (form) => {
      await submitPassword(test.client);
      const page = await openSetup(
        test.client,
        `/security/2sv/setup?qr=${form}`,
      );
      const setupKey = readSetupKey(page.html);

      expect(countQrCodes(page.html)).toBe(1);
      expect(readFirstQrCode(page.html)).toBe(buildExpectedUri(setupKey));
    },
  );

  it('puts the decoy QR code first, leading to an app store', async () => {
    await submitPassword(test.client);
    const page = await openSetup(test.client, '/security/2sv/setup?decoy=1');

    expect(readFirstQrCode(page.html)).toBe(APP_STORE_URL);
  });

  it('shows only an app-store QR code on the app page', async () => {
    const page = await test.client.get('/help/app');

    expect(readHeading(page.html)).toBe('Get our app');
    expect(countQrCodes(page.html)).toBe(1);
    expect(readFirstQrCode(page.html)).toBe(APP_STORE_URL);
  });

  it('shows no QR code on the plain help page', async () => {
    const page = await test.client.get('/help/plain');

    expect(page.status).toBe(200);
    expect(countQrCodes(page.html)).toBe(0);
    expect(page.html).not.toMatch(/<(img|canvas|svg)\b/);
  });

  it('shows one heading and labels every visible field', async () => {
    const signin = await test.client.get('/signin');

    expect(signin.html.match(/<h1>/g)).toHaveLength(1);
    expect(signin.html).toContain('<label for="email">E-mail</label>');
    expect(signin.html).toContain('<label for="password">Password</label>');
    expect(signin.html).toContain(EMAIL);
  });

  it('answers an unknown address with a 404 page', async () => {
    const page = await test.client.get('/nowhere');

    expect(page.status).toBe(404);
    expect(readHeading(page.html)).toBe('Page not found');
  });

  it('refuses to listen on any address but 127.0.0.1', async () => {
    const options = { dbPath: test.dbPath, host: '0.0.0.0' } as const;

    // @ts-expect-error The type allows only the loopback address.
    await expect(startDemoSite(options)).rejects.toThrow(/127\.0\.0\.1/);
  });
});
