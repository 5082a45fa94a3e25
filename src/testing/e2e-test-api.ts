import type { AccountDraft } from '../otp/types';
import { addAccounts, deleteAccount, listAccounts } from '../vault';

declare global {
  var twostepTest: { seed(count: number): Promise<void> } | undefined;
}

/**
 * End-to-end builds only: lets the benchmark fill the vault quickly. A test
 * proves the release build does not contain it (marker: twostepTest).
 */
export function exposeTestApi(): void {
  globalThis.twostepTest = { seed: seedAccounts };
}

async function seedAccounts(count: number): Promise<void> {
  for (const account of await listAccounts()) await deleteAccount(account.id);

  const entries = Array.from({ length: count }, (_, index) => {
    const draft: AccountDraft = {
      kind: 'totp',
      secret: 'JBSWY3DPEHPK3PXP',
      algorithm: 'SHA1',
      digits: 6,
      period: 30,
      counter: 0,
      issuer: `Issuer ${index}`,
      accountName: `user${index}@example.com`,
      warnings: [],
    };

    return { draft, sites: [] };
  });
  await addAccounts(entries);
}
