import { useState } from 'preact/hooks';
import { deleteAccount, updateAccount, type Account } from '../../vault';
import { accountTitle } from './format';

interface Props {
  account: Account;
  onDone: () => void;
}

/** Renames an account, or deletes it after the user confirms. */
export function EditAccount({ account, onDone }: Props) {
  const [issuer, setIssuer] = useState(account.issuer);
  const [accountName, setAccountName] = useState(account.accountName);
  const [isConfirmingDelete, setConfirmingDelete] = useState(false);
  const [problem, setProblem] = useState<string>();
  const title = accountTitle(account);

  const run = (action: () => Promise<void>) =>
    action().then(onDone, (error: Error) => setProblem(error.message));

  const onSave = (event: Event) => {
    event.preventDefault();
    void run(() =>
      updateAccount(account.id, {
        issuer: issuer.trim(),
        accountName: accountName.trim(),
      }),
    );
  };

  if (isConfirmingDelete) {
    return (
      <section class="panel" aria-label={`Delete ${title}`}>
        <p>
          Delete {title}? You will need a new QR code from the site, or a backup
          code, to sign in there with 2-step verification.
        </p>
        {problem && (
          <p role="alert" class="problem">
            {problem}
          </p>
        )}
        <div class="buttons">
          <button
            type="button"
            class="danger"
            onClick={() => run(() => deleteAccount(account.id))}
          >
            Delete for good
          </button>
          <button type="button" onClick={() => setConfirmingDelete(false)}>
            Keep it
          </button>
        </div>
      </section>
    );
  }

  return (
    <form class="panel" aria-label={`Edit ${title}`} onSubmit={onSave}>
      <label>
        Issuer
        <input
          value={issuer}
          onInput={(event) => setIssuer(event.currentTarget.value)}
        />
      </label>
      <label>
        Account name
        <input
          value={accountName}
          onInput={(event) => setAccountName(event.currentTarget.value)}
        />
      </label>
      {account.sites.length > 0 && (
        <p class="hint">Fills on: {account.sites.join(', ')}</p>
      )}
      {problem && (
        <p role="alert" class="problem">
          {problem}
        </p>
      )}
      <div class="buttons">
        <button type="submit">Save</button>
        <button type="button" onClick={onDone}>
          Cancel
        </button>
        <button
          type="button"
          class="danger"
          onClick={() => setConfirmingDelete(true)}
        >
          Delete
        </button>
      </div>
    </form>
  );
}
