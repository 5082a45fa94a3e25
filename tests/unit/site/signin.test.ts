// @vitest-environment node
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { EMAIL, startTestSite, type TestSite } from './fixture.ts';
import { submitPassword } from './flows.ts';
import {
  readCsrfToken,
  readError,
  readHeading,
  readTwoStepStatus,
} from './page-text.ts';

describe('demo site sign-in', () => {
  let test: TestSite;

  beforeEach(async () => {
    test = await startTestSite();
  });

  afterEach(async () => {
    await test.dispose();
  });

  it('sends a signed-out visitor from / to the sign-in page', async () => {
    const page = await test.client.get('/');

    expect(page.path).toBe('/signin');
    expect(readHeading(page.html)).toBe('Sign in');
    expect(page.html).toContain('autocomplete="current-password"');
  });

  it('refuses a wrong password', async () => {
    const page = await submitPassword(test.client, 'wrong password');

    expect(page.status).toBe(401);
    expect(readError(page.html)).toBe('Wrong e-mail or password');
  });

  it('refuses an unknown e-mail with the same message', async () => {
    const form = await test.client.get('/signin');
    const page = await test.client.post('/signin', {
      csrf: readCsrfToken(form.html),
      email: 'mallory@example.com',
      password: 'correct horse battery staple',
    });

    expect(readError(page.html)).toBe('Wrong e-mail or password');
  });

  it('signs in with the right password when 2SV is off', async () => {
    const page = await submitPassword(test.client);

    expect(page.path).toBe('/security');
    expect(page.html).toContain(EMAIL);
    expect(readTwoStepStatus(page.html)).toBe('Off');
    expect(page.html).toContain('>Set up</a>');
  });

  it('refuses a form without the session CSRF token', async () => {
    await test.client.get('/signin');
    const page = await test.client.post('/signin', {
      csrf: 'forged',
      email: EMAIL,
      password: 'correct horse battery staple',
    });

    expect(page.status).toBe(403);
    expect(readHeading(page.html)).toBe('This form has expired');
  });

  it('signs out and forgets the session', async () => {
    const security = await submitPassword(test.client);
    const signedOut = await test.client.post('/signout', {
      csrf: readCsrfToken(security.html),
    });
    const again = await test.client.get('/security');

    expect(signedOut.path).toBe('/signin');
    expect(again.path).toBe('/signin');
  });

  it('listens on the loopback address only', () => {
    expect(new URL(test.site.url).hostname).toBe('127.0.0.1');
    expect(test.site.port).toBeGreaterThan(0);
  });
});
