// @vitest-environment node
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SiteClient, type Page } from './client.ts';
import { startTestSite, type TestSite } from './fixture.ts';
import {
  openReconfirmed,
  saveBackupCodes,
  signOut,
  submitPassword,
  turnOnTwoStep,
} from './flows.ts';
import {
  readBackupCodes,
  readCodesLeft,
  readCsrfToken,
  readError,
  readHeading,
  readHiddenField,
} from './page-text.ts';

const ALREADY_USED = 'That backup code was already used. Try another one.';

describe('demo site sign-in with a backup code', () => {
  let test: TestSite;
  let codes: string[];

  // Signs out, types the password again and opens the backup code page.
  async function openBackupCodePage(client = test.client): Promise<Page> {
    await signOut(client);
    await submitPassword(client);

    return client.get('/signin/code/backup');
  }

  async function signInWithBackupCode(
    code: string,
    client = test.client,
  ): Promise<Page> {
    const page = await openBackupCodePage(client);

    return client.post(page.path, {
      csrf: readCsrfToken(page.html),
      'backup-code': code,
    });
  }

  beforeEach(async () => {
    test = await startTestSite();
    await turnOnTwoStep(test.client, test.clock);
    codes = await saveBackupCodes(test.client);
  });

  afterEach(async () => {
    await test.dispose();
  });

  it('links the code page to the other methods', async () => {
    await signOut(test.client);
    const codePage = await submitPassword(test.client);
    const choice = await test.client.get('/signin/code/other');

    expect(codePage.html).toContain(
      '<a href="/signin/code/other">Use another method</a>',
    );
    expect(readHeading(choice.html)).toBe('Choose how you want to sign in');
    expect(choice.html).toContain(
      '<button type="submit">Get a code by e-mail</button>',
    );
    expect(choice.html).toContain('>Use a backup code</a>');
  });

  it('asks for a backup code in a field password managers skip', async () => {
    const page = await openBackupCodePage();

    expect(readHeading(page.html)).toBe('Enter a backup code');
    expect(page.html).toContain('<label for="backup-code">Backup code</label>');
    expect(page.html).toMatch(
      /id="backup-code"\s+name="backup-code"\s+type="text"\s+autocomplete="off"/,
    );
    expect(page.html).toContain('<button type="submit">Verify</button>');
  });

  it('signs in with a backup code, spaces and all', async () => {
    const page = await signInWithBackupCode(` ${codes[0]} `);

    expect(page.path).toBe('/security');
    expect(readCodesLeft(page.html)).toBe('9 backup codes left');
  });

  it('accepts a code typed without its space', async () => {
    const page = await signInWithBackupCode(codes[1]?.replace(' ', '') ?? '');

    expect(page.path).toBe('/security');
  });

  it('refuses a code a second time', async () => {
    await signInWithBackupCode(codes[2] ?? '');
    const page = await signInWithBackupCode(codes[2] ?? '');

    expect(page.path).toBe('/signin/code/backup');
    expect(page.status).toBe(400);
    expect(readError(page.html)).toBe(ALREADY_USED);
  });

  it('refuses a code that is not one of the saved ones', async () => {
    const wrong = await signInWithBackupCode('0000 0000');
    const short = await signInWithBackupCode('1234');

    expect(readError(wrong.html)).toBe('Wrong backup code. Try again.');
    expect(readError(short.html)).toBe('Wrong backup code. Try again.');
  });

  it('counts down to one code, then none', async () => {
    for (const code of codes.slice(0, 9)) {
      await signInWithBackupCode(code);
    }
    const one = await test.client.get('/security');
    await signInWithBackupCode(codes[9] ?? '');
    const none = await test.client.get('/security');

    expect(readCodesLeft(one.html)).toBe('1 backup code left');
    expect(readCodesLeft(none.html)).toBe('0 backup codes left');
    expect(none.html).toContain('>Get new codes</a>');
  });

  it('keeps the old codes working until the new ones are saved', async () => {
    const shown = await openReconfirmed(test.client, '/security/backup-codes');
    const newCodes = readBackupCodes(shown.html);
    const laptop = new SiteClient(test.site.url);
    const before = await signInWithBackupCode(codes[3] ?? '', laptop);
    await test.client.post('/security/backup-codes', {
      csrf: readCsrfToken(shown.html),
      codes: readHiddenField(shown.html, 'codes'),
      saved: 'yes',
    });
    const old = await signInWithBackupCode(codes[4] ?? '', laptop);
    const fresh = await signInWithBackupCode(newCodes[0] ?? '', laptop);

    expect(before.path).toBe('/security');
    expect(readError(old.html)).toBe('Wrong backup code. Try again.');
    expect(fresh.path).toBe('/security');
    expect(readCodesLeft(fresh.html)).toBe('9 backup codes left');
  });

  it('sends a visitor without the password step to sign-in', async () => {
    await signOut(test.client);
    const choice = await test.client.get('/signin/code/other');
    const backup = await test.client.get('/signin/code/backup');

    expect(choice.path).toBe('/signin');
    expect(backup.path).toBe('/signin');
  });
});
