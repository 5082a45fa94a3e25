// @vitest-environment node
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SiteClient, type Page } from './client.ts';
import { generateCode, startTestSite, type TestSite } from './fixture.ts';
import { openSetup, signInAs, submitCode, submitPassword } from './flows.ts';
import {
  readCheckbox,
  readCsrfToken,
  readHeading,
  readParagraphs,
  readSetupKey,
  readTwoStepStatus,
} from './page-text.ts';

const MANAGED_EMAIL = 'bob@corp.example';
const MANAGED = 'Managed by your administrator';
const REQUIRED =
  'Your administrator requires 2-Step Verification for this account.';

describe('demo site account managed by an administrator', () => {
  let test: TestSite;
  let security: Page;

  async function turnOnTwoStep(): Promise<Page> {
    const setup = await openSetup(test.client);
    const code = generateCode(readSetupKey(setup.html), test.clock.time);

    return submitCode(test.client, setup, code);
  }

  beforeEach(async () => {
    test = await startTestSite();
    security = await signInAs(test.client, MANAGED_EMAIL);
  });

  afterEach(async () => {
    await test.dispose();
  });

  it('is named on the sign-in page, with the same password', async () => {
    const signin = await new SiteClient(test.site.url).get('/signin');

    expect(readParagraphs(signin.html)).toContain(
      'Account managed by an administrator: bob@corp.example, same password.',
    );
    expect(security.path).toBe('/security');
    expect(security.html).toContain(MANAGED_EMAIL);
  });

  it('shows 2-Step Verification as required by the administrator', () => {
    const paragraphs = readParagraphs(security.html);

    expect(paragraphs).toContain(MANAGED);
    expect(paragraphs).toContain(REQUIRED);
    expect(readTwoStepStatus(security.html)).toBe('Off');
    expect(security.html).toContain('>Set up</a>');
  });

  it('sets up 2-Step Verification, but offers no way to turn it off', async () => {
    const page = await turnOnTwoStep();

    expect(readTwoStepStatus(page.html)).toBe('On');
    expect(readParagraphs(page.html)).toContain(MANAGED);
    expect(page.html).not.toContain('/security/2sv/off');
    expect(page.html).not.toContain('>Turn off<');
    expect(page.html).toContain('Change authenticator app');
  });

  it('refuses to turn 2-Step Verification off, before the password', async () => {
    await turnOnTwoStep();
    const page = await test.client.get('/security/2sv/off');
    const posted = await test.client.post('/security/2sv/off', {
      csrf: readCsrfToken(security.html),
    });
    const after = await test.client.get('/security');

    expect(page.path).toBe('/security/2sv/off');
    expect(page.status).toBe(403);
    expect(readHeading(page.html)).toBe(MANAGED);
    expect(posted.status).toBe(403);
    expect(readTwoStepStatus(after.html)).toBe('On');
  });

  it('shows usage analytics as managed and locked', async () => {
    const page = await test.client.get('/privacy');

    expect(readCheckbox(page.html, 'usage-analytics')).toMatchObject({
      isChecked: false,
      isDisabled: true,
    });
    expect(readParagraphs(page.html)).toContain(MANAGED);
    expect(readCheckbox(page.html, 'error-reports')?.isDisabled).toBe(false);
  });

  it('refuses a forged change to usage analytics', async () => {
    const page = await test.client.get('/privacy');
    const refused = await test.client.post('/privacy', {
      csrf: readCsrfToken(page.html),
      'usage-analytics': 'on',
    });
    const after = await test.client.get('/privacy');

    expect(refused.status).toBe(403);
    expect(readHeading(refused.html)).toBe(MANAGED);
    expect(readCheckbox(after.html, 'usage-analytics')?.isChecked).toBe(false);
  });

  it('lets the user choose error reports', async () => {
    const page = await test.client.get('/privacy');
    const saved = await test.client.post('/privacy', {
      csrf: readCsrfToken(page.html),
      'error-reports': 'on',
    });

    expect(readCheckbox(saved.html, 'error-reports')?.isChecked).toBe(true);
    expect(readCheckbox(saved.html, 'usage-analytics')?.isChecked).toBe(false);
  });

  it('leaves personal accounts unmanaged', async () => {
    const alice = new SiteClient(test.site.url);
    const page = await submitPassword(alice);
    const privacy = await alice.get('/privacy');

    expect(readParagraphs(page.html)).not.toContain(MANAGED);
    expect(readParagraphs(privacy.html)).not.toContain(MANAGED);
  });
});
