import type { IDBPDatabase } from 'idb';
import type { VaultSchema } from './database';
import type { SealedSecret } from './types';

const DEVICE_KEY = 'device';

let deviceKey: Promise<CryptoKey> | undefined;

// A non-extractable key kept by the browser: it keeps secrets out of plain
// text on disk, but anyone who can run code in this profile can still use it.
// Read once per page: every account's secret needs it.
function getDeviceKey(database: IDBPDatabase<VaultSchema>): Promise<CryptoKey> {
  deviceKey ??= loadOrCreateDeviceKey(database).catch((error: unknown) => {
    deviceKey = undefined;
    throw error;
  });

  return deviceKey;
}

/** Forgets the cached device key, as when the database is replaced. */
export function forgetDeviceKey(): void {
  deviceKey = undefined;
}

async function loadOrCreateDeviceKey(
  database: IDBPDatabase<VaultSchema>,
): Promise<CryptoKey> {
  const existing = await database.get('keys', DEVICE_KEY);
  if (existing) return existing;

  const key = await crypto.subtle.generateKey(
    { name: 'AES-GCM', length: 256 },
    false,
    ['encrypt', 'decrypt'],
  );
  // add() fails if another page created the key first; then use theirs.
  try {
    await database.add('keys', key, DEVICE_KEY);
  } catch {
    return (await database.get('keys', DEVICE_KEY))!;
  }

  return key;
}

/** Encrypts a base32 secret with AES-GCM under the device key. */
export async function sealSecret(
  database: IDBPDatabase<VaultSchema>,
  secret: string,
): Promise<SealedSecret> {
  const key = await getDeviceKey(database);
  const iv = crypto.getRandomValues(new Uint8Array(12));
  const plaintext = new TextEncoder().encode(secret);
  const ciphertext = await crypto.subtle.encrypt(
    { name: 'AES-GCM', iv },
    key,
    plaintext,
  );

  return { iv, ciphertext };
}

/** Decrypts a secret sealed by sealSecret. */
export async function openSecret(
  database: IDBPDatabase<VaultSchema>,
  sealed: SealedSecret,
): Promise<string> {
  const key = await getDeviceKey(database);
  const plaintext = await crypto.subtle.decrypt(
    { name: 'AES-GCM', iv: sealed.iv },
    key,
    sealed.ciphertext,
  );

  return new TextDecoder().decode(plaintext);
}
