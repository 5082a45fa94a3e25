import { browser } from 'wxt/browser';

/** The storage areas Twostep writes: sync follows the person, local stays. */
export type WritableArea = 'sync' | 'local';

type Area = WritableArea | 'managed';

/** The value stored under a key, or undefined when there is none. */
export async function readStored(
  area: WritableArea,
  key: string,
): Promise<unknown> {
  const items = await browser.storage[area].get(key);

  return items[key];
}

/** A record in sync storage, or undefined when it cannot be read. */
export async function readSyncOrNothing(key: string): Promise<unknown> {
  try {
    return await readStored('sync', key);
  } catch {
    // Callers read nothing as the defaults, which allow nothing optional.
    return undefined;
  }
}

/** Stores a value under a key. */
export async function writeStored(
  area: WritableArea,
  key: string,
  value: unknown,
): Promise<void> {
  await browser.storage[area].set({ [key]: value });
}

/** Everything the administrator's policy holds; empty without a policy. */
export async function readManaged(): Promise<unknown> {
  // Some builds, Firefox for Android among them, have no managed storage.
  if (!browser.storage.managed) return {};

  try {
    return await browser.storage.managed.get();
  } catch {
    // Firefox rejects when no policy is installed: that means no policy.
    return {};
  }
}

/**
 * Calls onChange whenever the key changes in the area, from any Twostep
 * page or, for sync, any browser; with no key, on any change there.
 * Returns a function that stops watching.
 */
export function watchStored(
  area: Area,
  key: string | null,
  onChange: () => void,
): () => void {
  const listener = (changes: object, areaName: string) => {
    if (areaName !== area) return;
    if (key !== null && !Object.hasOwn(changes, key)) return;

    onChange();
  };
  browser.storage.onChanged.addListener(listener);

  return () => browser.storage.onChanged.removeListener(listener);
}
