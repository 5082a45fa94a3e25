import type { AccountDraft } from '../otp/types';
import { announceChange } from './changes';
import { openVault } from './database';
import { explainStorageError, VaultError } from './errors';
import { openSecret, sealSecret } from './sealing';
import type { Account, AccountChanges, AccountRecord } from './types';

async function unseal(record: AccountRecord): Promise<Account> {
  const database = await openVault();
  const { sealedSecret, ...rest } = record;
  const secret = await openSecret(database, sealedSecret);

  return { ...rest, secret };
}

/** Every saved account, in the user's order. */
export async function listAccounts(): Promise<Account[]> {
  const database = await openVault();
  const records = await database.getAllFromIndex('accounts', 'byOrder');

  return Promise.all(records.map(unseal));
}

/** Reads one account, or throws a VaultError if it is gone. */
export async function getAccount(id: string): Promise<Account> {
  const database = await openVault();
  const record = await database.get('accounts', id);
  if (!record) throw notFound();

  return unseal(record);
}

/** Saves a new account bound to the given sites, at the end of the list. */
export async function addAccount(
  draft: AccountDraft,
  sites: string[],
): Promise<Account> {
  const [account] = await addAccounts([{ draft, sites }]);

  return account!;
}

/**
 * Saves several accounts in one transaction, so an import interrupted
 * half-way leaves the vault as it was before.
 */
export async function addAccounts(
  entries: { draft: AccountDraft; sites: string[] }[],
): Promise<Account[]> {
  try {
    const database = await openVault();
    // Seal before the write transaction: awaiting WebCrypto inside one
    // would let IndexedDB commit it early.
    const sealed = await Promise.all(
      entries.map(({ draft }) => sealSecret(database, draft.secret)),
    );
    const now = Date.now();
    const transaction = database.transaction('accounts', 'readwrite');
    const last = await transaction.store
      .index('byOrder')
      .openCursor(null, 'prev');
    const firstOrder = last ? last.value.order + 1 : 0;
    const records = entries.map(({ draft, sites }, index): AccountRecord => {
      const { secret: _secret, warnings: _warnings, ...parameters } = draft;

      return {
        ...parameters,
        id: crypto.randomUUID(),
        sites: [...new Set(sites)],
        createdAt: now,
        updatedAt: now,
        order: firstOrder + index,
        sealedSecret: sealed[index]!,
      };
    });
    await Promise.all(records.map((record) => transaction.store.add(record)));
    await transaction.done;
    announceChange();

    return Promise.all(records.map(unseal));
  } catch (error) {
    throw explainStorageError(error);
  }
}

/**
 * Replaces the secret of an existing account, as when it is set up again
 * on a new device, and binds it to the site where that happened.
 */
export async function replaceSecret(
  id: string,
  draft: AccountDraft,
  site: string | null = null,
): Promise<void> {
  const database = await openVault();
  const sealedSecret = await sealSecret(database, draft.secret);
  const { kind, algorithm, digits, period, counter } = draft;
  const parameters = { kind, algorithm, digits, period, counter };
  await updateRecord(id, (record) => ({
    ...record,
    ...parameters,
    sealedSecret,
    sites: site ? [...new Set([...record.sites, site])] : record.sites,
  }));
}

/** Changes the name, issuer, sites or position of an account. */
export async function updateAccount(
  id: string,
  changes: AccountChanges,
): Promise<void> {
  await updateRecord(id, (record) => ({ ...record, ...changes }));
}

/** Deletes an account for good. */
export async function deleteAccount(id: string): Promise<void> {
  try {
    const database = await openVault();
    await database.delete('accounts', id);
    announceChange();
  } catch (error) {
    throw explainStorageError(error);
  }
}

/**
 * Takes the next HOTP counter value and saves its successor before the
 * caller shows a code, so a reload never shows a used code again.
 */
export async function takeHotpCounter(id: string): Promise<number> {
  let taken = 0;
  await updateRecord(id, (record) => {
    taken = record.counter;

    return { ...record, counter: record.counter + 1 };
  });

  return taken;
}

/** Accounts with the same issuer and account name, ignoring case. */
export async function findSameAccount(
  issuer: string,
  accountName: string,
): Promise<Account | undefined> {
  const key = (a: string, b: string) => `${a}\n${b}`.toLowerCase();
  const wanted = key(issuer, accountName);
  const accounts = await listAccounts();

  return accounts.find(
    (account) => key(account.issuer, account.accountName) === wanted,
  );
}

async function updateRecord(
  id: string,
  change: (record: AccountRecord) => AccountRecord,
): Promise<void> {
  try {
    const database = await openVault();
    const transaction = database.transaction('accounts', 'readwrite');
    const record = await transaction.store.get(id);
    if (!record) throw notFound();

    await transaction.store.put({
      ...change(record),
      id,
      updatedAt: Date.now(),
    });
    await transaction.done;
    announceChange();
  } catch (error) {
    throw explainStorageError(error);
  }
}

function notFound(): VaultError {
  return new VaultError(
    'not-found',
    'That account is no longer in Twostep. It may have been deleted in another window.',
  );
}
