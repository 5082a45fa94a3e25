import { readCsrfToken, readSetupKey } from './page-text.ts';
import type { Page, SiteClient } from './client.ts';
import { EMAIL, generateCode, PASSWORD, type Clock } from './fixture.ts';

/** Opens the sign-in page and submits an e-mail and password. */
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

/** Submits a code on the page the client is on. */
export function submitCode(
  client: SiteClient,
  page: Page,
  code: string,
): Promise<Page> {
  return client.post(page.path, { csrf: readCsrfToken(page.html), code });
}

/** Opens the setup page, typing the password again when asked. */
export async function openSetup(
  client: SiteClient,
  path = '/security/2sv/setup',
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
