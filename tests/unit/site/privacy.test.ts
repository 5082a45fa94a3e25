// @vitest-environment node
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SiteClient, type Page } from './client.ts';
import { startTestSite, type TestSite } from './fixture.ts';
import { submitPassword } from './flows.ts';
import {
  readCheckbox,
  readCsrfToken,
  readHeading,
  readNotice,
  readParagraphs,
} from './page-text.ts';

describe('demo site product privacy', () => {
  let test: TestSite;

  function save(page: Page, fields: Record<string, string>): Promise<Page> {
    return test.client.post('/privacy', {
      csrf: readCsrfToken(page.html),
      ...fields,
    });
  }

  beforeEach(async () => {
    test = await startTestSite();
    await submitPassword(test.client);
  });

  afterEach(async () => {
    await test.dispose();
  });

  it('is linked from the security page', async () => {
    const security = await test.client.get('/security');

    expect(security.html).toContain('<a href="/privacy">Product privacy</a>');
  });

  it('keeps the required category on, explained and unchangeable', async () => {
    const page = await test.client.get('/privacy');
    const paragraphs = readParagraphs(page.html);

    expect(readHeading(page.html)).toBe('Product privacy');
    expect(page.html).toContain('<label for="required">Required</label>');
    expect(readCheckbox(page.html, 'required')).toMatchObject({
      isChecked: true,
      isDisabled: true,
    });
    expect(paragraphs).toContain('Always on');
    expect(paragraphs).toContain(
      'What the site needs to work: signing you in, keeping your account ' +
        'secure and remembering these choices.',
    );
  });

  it('leaves the optional categories off by default', async () => {
    const page = await test.client.get('/privacy');

    expect(page.html).toContain(
      '<label for="usage-analytics">Usage analytics</label>',
    );
    expect(page.html).toContain(
      '<label for="error-reports">Error reports</label>',
    );
    expect(readCheckbox(page.html, 'usage-analytics')).toMatchObject({
      isChecked: false,
      isDisabled: false,
    });
    expect(readCheckbox(page.html, 'error-reports')).toMatchObject({
      isChecked: false,
      isDisabled: false,
    });
    expect(page.html).toContain('<button type="submit">Save</button>');
    expect(readParagraphs(page.html)).toContain(
      'Your choices apply in all browsers where you are signed in',
    );
  });

  it('saves the choices and confirms it', async () => {
    const page = await test.client.get('/privacy');
    const saved = await save(page, { 'usage-analytics': 'on' });

    expect(saved.path).toBe('/privacy?done=saved');
    expect(readNotice(saved.html)).toBe('Your choices were saved');
    expect(readCheckbox(saved.html, 'usage-analytics')?.isChecked).toBe(true);
    expect(readCheckbox(saved.html, 'error-reports')?.isChecked).toBe(false);
  });

  it('turns a category off again when its box is unticked', async () => {
    const page = await test.client.get('/privacy');
    await save(page, { 'usage-analytics': 'on', 'error-reports': 'on' });
    const saved = await save(page, { 'error-reports': 'on' });

    expect(readCheckbox(saved.html, 'usage-analytics')?.isChecked).toBe(false);
    expect(readCheckbox(saved.html, 'error-reports')?.isChecked).toBe(true);
  });

  it('applies the choices in another browser', async () => {
    const page = await test.client.get('/privacy');
    await save(page, { 'error-reports': 'on' });
    const otherBrowser = new SiteClient(test.site.url);
    await submitPassword(otherBrowser);
    const there = await otherBrowser.get('/privacy');

    expect(readCheckbox(there.html, 'error-reports')?.isChecked).toBe(true);
  });

  it('asks a signed-out visitor to sign in', async () => {
    const page = await new SiteClient(test.site.url).get('/privacy');

    expect(page.path).toBe('/signin');
  });
});
