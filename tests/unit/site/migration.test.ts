// @vitest-environment node
import Database from 'better-sqlite3';
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { hashPassword } from '../../site/passwords.ts';
import { startDemoSite, type DemoSite } from '../../site/server.ts';
import { SiteClient } from './client.ts';
import { EMAIL, generateCode, PASSWORD, START_TIME } from './fixture.ts';
import { submitCode, submitPassword } from './flows.ts';
import { readCodesLeft, readTwoStepStatus } from './page-text.ts';

// The schema exactly as the first release of the site created it. It is
// copied, not imported, so later edits cannot change what is upgraded.
const VERSION_1_SCHEMA = `
  CREATE TABLE users (
    id INTEGER PRIMARY KEY,
    email TEXT NOT NULL UNIQUE COLLATE NOCASE,
    password_hash TEXT NOT NULL,
    totp_secret TEXT,
    is_two_step_on INTEGER NOT NULL DEFAULT 0,
    last_used_step INTEGER
  );

  CREATE TABLE sessions (
    id_hash TEXT PRIMARY KEY,
    user_id INTEGER REFERENCES users (id) ON DELETE CASCADE,
    stage TEXT NOT NULL
      CHECK (stage IN ('signed-out', 'password-ok', 'signed-in')),
    csrf_token TEXT NOT NULL,
    reconfirmed_at INTEGER,
    pending_secret TEXT,
    created_at INTEGER NOT NULL
  );
`;

const SECRET = 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP';
const SESSION_ID = 'session-cookie-from-version-1';

// A demo.sqlite file as version 1 of the site left it: Alice with 2SV on
// and a signed-in session.
async function createVersion1File(path: string): Promise<void> {
  const db = new Database(path);
  db.pragma('journal_mode = WAL');
  db.exec(VERSION_1_SCHEMA);
  db.pragma('user_version = 1');
  db.prepare(
    `INSERT INTO users
       (email, password_hash, totp_secret, is_two_step_on, last_used_step)
     VALUES (?, ?, ?, 1, ?)`,
  ).run(EMAIL, await hashPassword(PASSWORD), SECRET, 1);
  db.prepare(
    `INSERT INTO sessions (id_hash, user_id, stage, csrf_token, created_at)
     VALUES (?, 1, 'signed-in', 'token', ?)`,
  ).run(createHash('sha256').update(SESSION_ID).digest('hex'), START_TIME);
  db.close();
}

function listTables(site: DemoSite): string[] {
  return site.db
    .prepare<[], { name: string }>(
      "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name",
    )
    .all()
    .map((row) => row.name);
}

describe('demo site schema upgrade', () => {
  let folder: string;
  let dbPath: string;
  let site: DemoSite | undefined;

  function start(): Promise<DemoSite> {
    return startDemoSite({ port: 0, dbPath, now: () => START_TIME });
  }

  beforeEach(async () => {
    folder = mkdtempSync(join(tmpdir(), 'twostep-site-'));
    dbPath = join(folder, 'demo.sqlite');
    await createVersion1File(dbPath);
  });

  afterEach(async () => {
    await site?.close();
    site = undefined;
    rmSync(folder, { recursive: true, force: true });
  });

  it('upgrades a version 1 file to version 2', async () => {
    site = await start();
    const emails = site.db.prepare('SELECT email FROM users ORDER BY id').all();

    expect(site.db.pragma('user_version', { simple: true })).toBe(2);
    expect(listTables(site)).toEqual([
      'admin_policies',
      'backup_codes',
      'outbox',
      'privacy_choices',
      'sessions',
      'users',
    ]);
    expect(emails).toEqual([
      { email: 'alice@example.com' },
      { email: 'bob@corp.example' },
    ]);
  });

  it('keeps the password and 2SV secret working after it', async () => {
    site = await start();
    const client = new SiteClient(site.url);
    const codePage = await submitPassword(client);
    const code = generateCode(SECRET, START_TIME);
    const security = await submitCode(client, codePage, code);

    expect(codePage.path).toBe('/signin/code');
    expect(security.path).toBe('/security');
    expect(readTwoStepStatus(security.html)).toBe('On');
    expect(security.html).toContain('>Get backup codes</a>');
    expect(readCodesLeft(security.html)).toBeUndefined();
  });

  it('keeps a session signed in across it', async () => {
    site = await start();
    const response = await fetch(`${site.url}/security`, {
      headers: { cookie: `twostep_demo_session=${SESSION_ID}` },
      redirect: 'manual',
    });

    expect(response.status).toBe(200);
    expect(await response.text()).toContain(EMAIL);
  });

  it('runs once: a second start changes nothing', async () => {
    site = await start();
    await site.close();
    site = await start();
    const count = site.db
      .prepare('SELECT count(*) AS count FROM users')
      .pluck()
      .get();

    expect(site.db.pragma('user_version', { simple: true })).toBe(2);
    expect(count).toBe(2);
  });

  it('refuses a file from a newer site, and leaves it as it was', async () => {
    const newer = new Database(dbPath);
    newer.pragma('user_version = 3');
    newer.close();

    await expect(start()).rejects.toThrow(/has schema 3, newer than/);
    const file = new Database(dbPath, { readonly: true });
    const version = file.pragma('user_version', { simple: true });
    file.close();

    expect(version).toBe(3);
  });
});
