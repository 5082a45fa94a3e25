// @vitest-environment node
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  generateCode,
  startTestSite,
  STEP_MS,
  type TestSite,
} from './fixture.ts';
import { submitCode, submitPassword, turnOnTwoStep } from './flows.ts';
import { readError, readTwoStepStatus } from './page-text.ts';

describe('demo site storage', () => {
  let test: TestSite;

  beforeEach(async () => {
    test = await startTestSite();
  });

  afterEach(async () => {
    await test.dispose();
  });

  it('keeps 2SV and its secret across a restart', async () => {
    const { setupKey } = await turnOnTwoStep(test.client, test.clock);
    await test.restart();
    test.clock.time += STEP_MS;

    const codePage = await submitPassword(test.client);
    const code = generateCode(setupKey, test.clock.time);
    const page = await submitCode(test.client, codePage, code);

    expect(codePage.path).toBe('/signin/code');
    expect(readTwoStepStatus(page.html)).toBe('On');
  });

  it('remembers the last used code across a restart', async () => {
    const { setupKey } = await turnOnTwoStep(test.client, test.clock);
    await test.restart();

    const codePage = await submitPassword(test.client);
    const code = generateCode(setupKey, test.clock.time);
    const page = await submitCode(test.client, codePage, code);

    expect(readError(page.html)).toBe(
      'That code was already used. Wait for the next one.',
    );
  });

  it('keeps a signed-in session across a restart', async () => {
    await submitPassword(test.client);
    await test.restart();
    const page = await test.client.get('/security');

    expect(page.path).toBe('/security');
    expect(readTwoStepStatus(page.html)).toBe('Off');
  });

  it('creates the schema once, in WAL mode, with a version', async () => {
    await test.restart();
    const { db } = test.site;
    const users = db.prepare('SELECT email FROM users').all();

    expect(db.pragma('user_version', { simple: true })).toBe(2);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(users).toEqual([
      { email: 'alice@example.com' },
      { email: 'bob@corp.example' },
    ]);
  });

  it('stores the password as a salted scrypt hash', () => {
    const row = test.site.db
      .prepare('SELECT password_hash AS hash FROM users')
      .get() as { hash: string };

    expect(row.hash).toMatch(/^scrypt\$16384\$8\$1\$[^$]+\$[^$]+$/);
    expect(row.hash).not.toContain('correct horse');
  });
});
