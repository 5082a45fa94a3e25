// @vitest-environment node
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DemoDatabase } from '../../site/db.ts';
import type { Page } from './client.ts';
import { startTestSite, type TestSite } from './fixture.ts';
import { openReconfirmed, saveBackupCodes, submitPassword } from './flows.ts';
import {
  readBackupCodes,
  readCheckbox,
  readCodesLeft,
  readCsrfToken,
  readError,
  readHeading,
  readHiddenField,
  readNotice,
  readParagraphs,
} from './page-text.ts';

const NOT_TICKED = 'Tick the box to confirm you saved the new codes.';

// Every value in every table, as text, to look for a code in the clear.
function dumpDatabase(db: DemoDatabase): string {
  const tables = db
    .prepare<[], { name: string }>(
      "SELECT name FROM sqlite_master WHERE type = 'table'",
    )
    .all();

  return tables
    .map(({ name }) =>
      JSON.stringify(db.prepare(`SELECT * FROM ${name}`).all()),
    )
    .join('\n');
}

describe('demo site backup codes', () => {
  let test: TestSite;

  function openBackupCodes(): Promise<Page> {
    return openReconfirmed(test.client, '/security/backup-codes');
  }

  function submitUpdate(page: Page, isTicked: boolean): Promise<Page> {
    return test.client.post('/security/backup-codes', {
      csrf: readCsrfToken(page.html),
      codes: readHiddenField(page.html, 'codes'),
      ...(isTicked ? { saved: 'yes' } : {}),
    });
  }

  beforeEach(async () => {
    test = await startTestSite();
    await submitPassword(test.client);
  });

  afterEach(async () => {
    await test.dispose();
  });

  it('offers to get backup codes when there are none', async () => {
    const page = await test.client.get('/security');

    expect(page.html).toContain('<h2 id="backup-codes-heading">Backup codes');
    expect(page.html).toContain(
      '<a class="button" href="/security/backup-codes">Get backup codes</a>',
    );
    expect(readCodesLeft(page.html)).toBeUndefined();
  });

  it('asks for the password again before showing codes', async () => {
    const page = await test.client.get('/security/backup-codes');

    expect(page.path).toBe(
      '/security/reconfirm?next=%2Fsecurity%2Fbackup-codes',
    );
    expect(readBackupCodes(page.html)).toEqual([]);
  });

  it('shows ten new 8-digit codes, grouped in fours', async () => {
    const page = await openBackupCodes();
    const codes = readBackupCodes(page.html);

    expect(readHeading(page.html)).toBe('Backup codes');
    expect(codes).toHaveLength(10);
    expect(new Set(codes).size).toBe(10);
    for (const code of codes) {
      expect(code).toMatch(/^\d{4} \d{4}$/);
    }

    expect(readParagraphs(page.html)).toContain('Last refreshed: 1 Jan 2025');
  });

  it('asks for a required tick and an Update to save them', async () => {
    const page = await openBackupCodes();

    expect(readCheckbox(page.html, 'saved')).toEqual({
      isChecked: false,
      isDisabled: false,
      isRequired: true,
    });
    expect(page.html).toContain(
      '<label for="saved">I have saved my backup codes</label>',
    );
    expect(page.html).toContain('<button type="submit">Update</button>');
  });

  it('shows a different batch each time, once', async () => {
    const first = await openBackupCodes();
    const second = await openBackupCodes();

    expect(readBackupCodes(second.html)).not.toEqual(
      readBackupCodes(first.html),
    );
  });

  it('refuses Update without the tick, showing the same codes', async () => {
    const page = await openBackupCodes();
    const refused = await submitUpdate(page, false);
    const security = await test.client.get('/security');

    expect(refused.status).toBe(400);
    expect(readError(refused.html)).toBe(NOT_TICKED);
    expect(readBackupCodes(refused.html)).toEqual(readBackupCodes(page.html));
    expect(security.html).toContain('>Get backup codes</a>');
  });

  it('saves the codes after Update with the box ticked', async () => {
    const page = await openBackupCodes();
    const saved = await submitUpdate(page, true);

    expect(saved.path).toBe('/security?done=backup-codes');
    expect(readNotice(saved.html)).toBe('Your backup codes were updated');
    expect(readCodesLeft(saved.html)).toBe('10 backup codes left');
    expect(readParagraphs(saved.html)).toContain('Last refreshed: 1 Jan 2025');
    expect(saved.html).toContain('>Get new codes</a>');
  });

  it('dates the codes by the day they were saved', async () => {
    test.clock.time = Date.UTC(2026, 11, 3, 9, 30);
    // The first session expired long ago; sign in again.
    await submitPassword(test.client);
    await saveBackupCodes(test.client);
    const security = await test.client.get('/security');

    expect(readParagraphs(security.html)).toContain(
      'Last refreshed: 3 Dec 2026',
    );
  });

  it('stores only hashes of the codes', async () => {
    const page = await openBackupCodes();
    const pending = dumpDatabase(test.site.db);
    await submitUpdate(page, true);
    const saved = dumpDatabase(test.site.db);
    const rows = test.site.db.prepare('SELECT * FROM backup_codes').all();

    expect(rows).toHaveLength(10);
    for (const code of readBackupCodes(page.html)) {
      const digits = code.replace(' ', '');
      expect(pending).not.toContain(digits);
      expect(saved).not.toContain(digits);
    }
  });

  it('refuses to save codes the page did not show', async () => {
    const page = await openBackupCodes();
    const forged = await test.client.post('/security/backup-codes', {
      csrf: readCsrfToken(page.html),
      codes: Array(10).fill('12345678').join(','),
      saved: 'yes',
    });
    const security = await test.client.get('/security');

    expect(forged.path).toBe('/security/backup-codes');
    expect(readBackupCodes(forged.html)).toHaveLength(10);
    expect(security.html).toContain('>Get backup codes</a>');
  });

  it('refuses an Update from a batch replaced in another tab', async () => {
    const older = await openBackupCodes();
    await openBackupCodes();
    const page = await submitUpdate(older, true);

    expect(page.path).toBe('/security/backup-codes');
    expect(readNotice(page.html)).toBeUndefined();
  });
});
