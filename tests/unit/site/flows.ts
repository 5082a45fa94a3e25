import {
  readBackupCodes,
  readCsrfToken,
  readHiddenField,
  readSetupKey,
} from './page-text.ts';
import type { Page, SiteClient } from './client.ts';
import { EMAIL, generateCode, PASSWORD, type Clock } from './fixture.ts';

/** Opens the sign-in page and submits the demo e-mail and a password. */
export async function submitPassword(
  client: SiteClient,
  password = PASSWORD,
  path = '/signin',
): Promise<Page> {
  const form = await client.get(path);

  return client.post(path, {
    csrf: readCsrfToken(form.html),
    email: EMAIL,
    password,
  });
}

/** Signs in with an account's e-mail and the demo password. */
export async function signInAs(
  client: SiteClient,
  email: string,
): Promise<Page> {
  const form = await client.get('/signin');

  return client.post('/signin', {
    csrf: readCsrfToken(form.html),
    email,
    password: PASSWORD,
  });
}

/** Signs out from the security page, if the client is signed in. */
export async function signOut(client: SiteClient): Promise<void> {
  const security = await client.get('/security');
  if (security.path === '/security') {
    await client.post('/signout', { csrf: readCsrfToken(security.html) });
  }
}

/** Submits a code on the page the client is on. */
export function submitCode(
  client: SiteClient,
  page: Page,
  code: string,
): Promise<Page> {
  return client.post(page.path, { csrf: readCsrfToken(page.html), code });
}

/** Opens a page, typing the password again when asked. */
export async function openReconfirmed(
  client: SiteClient,
  path: string,
): Promise<Page> {
  const page = await client.get(path);
  if (!page.path.startsWith('/security/reconfirm')) {
    return page;
  }

  return client.post(page.path, {
    csrf: readCsrfToken(page.html),
    password: PASSWORD,
  });
}

/** Opens the setup page, typing the password again when asked. */
export function openSetup(
  client: SiteClient,
  path = '/security/2sv/setup',
): Promise<Page> {
  return openReconfirmed(client, path);
}

/** Gets a new batch of backup codes and saves it; returns the codes. */
export async function saveBackupCodes(client: SiteClient): Promise<string[]> {
  const page = await openReconfirmed(client, '/security/backup-codes');
  const codes = readBackupCodes(page.html);
  await client.post('/security/backup-codes', {
    csrf: readCsrfToken(page.html),
    codes: readHiddenField(page.html, 'codes'),
    saved: 'yes',
  });

  return codes;
}

/**
 * Signs in and turns 2-Step Verification on, as a user with an app would.
 * Returns the setup key and the security page shown at the end.
 */
export async function turnOnTwoStep(
  client: SiteClient,
  clock: Clock,
): Promise<{ setupKey: string; page: Page }> {
  await submitPassword(client);
  const setup = await openSetup(client);
  const setupKey = readSetupKey(setup.html);
  const page = await submitCode(
    client,
    setup,
    generateCode(setupKey, clock.time),
  );

  return { setupKey, page };
}
