import {
  openDB,
  type DBSchema,
  type IDBPDatabase,
  type IDBPTransaction,
  type StoreNames,
} from 'idb';
import { forgetDeviceKey } from './sealing';
import type { AccountRecord } from './types';

export const DATABASE_NAME = 'twostep';

/** Raise by one with every schema change and add its step to MIGRATIONS. */
export const SCHEMA_VERSION = 1;

export interface VaultSchema extends DBSchema {
  accounts: {
    key: string;
    value: AccountRecord;
    indexes: { byOrder: number };
  };
  keys: {
    key: string;
    value: CryptoKey;
  };
}

type UpgradeTransaction = IDBPTransaction<
  VaultSchema,
  StoreNames<VaultSchema>[],
  'versionchange'
>;

/** MIGRATIONS[n] takes a database from version n to version n + 1. */
const MIGRATIONS: ((
  database: IDBPDatabase<VaultSchema>,
  transaction: UpgradeTransaction,
) => void)[] = [
  (database) => {
    const accounts = database.createObjectStore('accounts', {
      keyPath: 'id',
    });
    accounts.createIndex('byOrder', 'order');
    database.createObjectStore('keys');
  },
];

let opening: Promise<IDBPDatabase<VaultSchema>> | undefined;

/** Opens the vault database, upgrading it step by step from any older version. */
export function openVault(): Promise<IDBPDatabase<VaultSchema>> {
  opening ??= openDB<VaultSchema>(DATABASE_NAME, SCHEMA_VERSION, {
    upgrade(database, oldVersion, _newVersion, transaction) {
      for (let version = oldVersion; version < SCHEMA_VERSION; version++) {
        MIGRATIONS[version]!(database, transaction);
      }
    },
    blocking() {
      // A newer Twostep wants to upgrade: step aside instead of blocking it.
      void opening?.then((database) => database.close());
      opening = undefined;
    },
  });

  return opening;
}

/** Forgets the open connection; tests use it between fresh databases. */
export function closeVault(): void {
  void opening?.then((database) => database.close());
  opening = undefined;
  forgetDeviceKey();
}
