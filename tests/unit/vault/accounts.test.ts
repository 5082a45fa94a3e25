import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { openDB } from 'idb';
import { beforeEach, describe, expect, it } from 'vitest';
import type { AccountDraft } from '../../../src/otp/types';
import {
  addAccount,
  closeVault,
  deleteAccount,
  findSameAccount,
  getAccount,
  listAccounts,
  replaceSecret,
  SCHEMA_VERSION,
  takeHotpCounter,
  updateAccount,
  VaultError,
} from '../../../src/vault';

const SECRET = 'JBSWY3DPEHPK3PXP';

function draft(overrides: Partial<AccountDraft> = {}): AccountDraft {
  return {
    kind: 'totp',
    secret: SECRET,
    algorithm: 'SHA1',
    digits: 6,
    period: 30,
    counter: 0,
    issuer: 'Example',
    accountName: 'alice@example.com',
    warnings: [],
    ...overrides,
  };
}

beforeEach(() => {
  closeVault();
  globalThis.indexedDB = new IDBFactory();
});

describe('vault accounts', () => {
  it('saves an account with every field and reads it back', async () => {
    const saved = await addAccount(draft(), ['example.com', 'example.com']);
    const [read] = await listAccounts();
    if (!read) throw new Error('The account was not saved.');

    expect(read).toEqual(saved);
    expect(read).toMatchObject({
      issuer: 'Example',
      accountName: 'alice@example.com',
      secret: SECRET,
      kind: 'totp',
      algorithm: 'SHA1',
      digits: 6,
      period: 30,
      sites: ['example.com'],
      order: 0,
    });
    expect(read.createdAt).toBeGreaterThan(0);
  });

  it('keeps the secret out of the stored record', async () => {
    await addAccount(draft(), []);
    const database = await openDB('twostep');
    const [record] = await database.getAll('accounts');
    database.close();

    expect(JSON.stringify(record)).not.toContain(SECRET);
    expect(record.secret).toBeUndefined();
  });

  it('lists accounts in the order they were added', async () => {
    await addAccount(draft({ issuer: 'First' }), []);
    await addAccount(draft({ issuer: 'Second' }), []);
    const issuers = (await listAccounts()).map((account) => account.issuer);

    expect(issuers).toEqual(['First', 'Second']);
  });

  it('edits name, issuer and sites, and deletes', async () => {
    const { id } = await addAccount(draft(), []);
    await updateAccount(id, { issuer: 'Renamed', sites: ['example.org'] });

    expect(await getAccount(id)).toMatchObject({
      issuer: 'Renamed',
      sites: ['example.org'],
    });

    await deleteAccount(id);
    expect(await listAccounts()).toEqual([]);
    await expect(getAccount(id)).rejects.toBeInstanceOf(VaultError);
  });

  it('saves the next HOTP counter before handing one out', async () => {
    const { id } = await addAccount(draft({ kind: 'hotp', counter: 5 }), []);

    expect(await takeHotpCounter(id)).toBe(5);
    expect(await takeHotpCounter(id)).toBe(6);
    expect((await getAccount(id)).counter).toBe(7);
  });

  it('finds an existing account by issuer and name, ignoring case', async () => {
    await addAccount(draft(), []);

    expect(await findSameAccount('EXAMPLE', 'Alice@Example.com')).toBeDefined();
    expect(await findSameAccount('Other', 'alice@example.com')).toBeUndefined();
  });

  it('replaces a secret when the account is set up again', async () => {
    const { id } = await addAccount(draft(), []);
    await replaceSecret(id, draft({ secret: 'GEZDGNBVGY3TQOJQ' }));

    expect((await getAccount(id)).secret).toBe('GEZDGNBVGY3TQOJQ');
  });

  it('creates the current schema version', async () => {
    await listAccounts();
    const database = await openDB('twostep');

    expect(database.version).toBe(SCHEMA_VERSION);
    expect([...database.objectStoreNames]).toEqual(['accounts', 'keys']);
    database.close();
  });
});
