import { useEffect, useState } from 'preact/hooks';
import { listAccounts, watchChanges, type Account } from '../../vault';

/** The saved accounts, reloaded whenever any Twostep page changes them. */
export function useAccounts(): {
  accounts: Account[] | undefined;
  loadError: string | undefined;
} {
  const [accounts, setAccounts] = useState<Account[]>();
  const [loadError, setLoadError] = useState<string>();

  useEffect(() => {
    const load = () =>
      listAccounts().then(setAccounts, (error: Error) =>
        setLoadError(error.message),
      );
    void load();

    return watchChanges(load);
  }, []);

  return { accounts, loadError };
}
