import { useEffect, useRef, useState } from 'preact/hooks';
import type { AccountDraft } from '../../otp/types';
import {
  addAccount,
  findSameAccount,
  replaceSecret,
  type Account,
} from '../../vault';
import { accountTitle } from './format';

interface Props {
  draft: AccountDraft;
  /** The site the QR code was found on, which the account gets bound to. */
  site: string | null;
  /** Plain sentences from the scan worth showing beside the account. */
  notes: string[];
  onDone: (message: string) => void;
  onCancel: () => void;
}

/** Shows what was found or typed, and saves it only when the user says so. */
export function ReviewAccount(props: Props) {
  const { draft, site, notes, onDone, onCancel } = props;
  const [existing, setExisting] = useState<Account>();
  const [problem, setProblem] = useState<string>();
  const title = accountTitle(draft);

  useEffect(() => {
    void findSameAccount(draft.issuer, draft.accountName).then(setExisting);
  }, [draft]);

  // A ref, not state: a double click lands twice before any re-render.
  const isSaving = useRef(false);
  const run = (action: () => Promise<unknown>, message: string) => {
    if (isSaving.current) return;

    isSaving.current = true;
    action().then(
      () => onDone(message),
      (error: Error) => {
        isSaving.current = false;
        setProblem(error.message);
      },
    );
  };
  const onSaveNew = () =>
    run(() => addAccount(draft, site ? [site] : []), `Saved ${title}.`);
  const onReplace = (account: Account) =>
    run(
      () => replaceSecret(account.id, draft, site),
      `Replaced the secret of ${title}.`,
    );

  return (
    <section class="panel" aria-label="Review account">
      <dl class="review">
        <dt>Issuer</dt>
        <dd>{draft.issuer || 'None given'}</dd>
        <dt>Account</dt>
        <dd>{draft.accountName || 'None given'}</dd>
        {site && (
          <>
            <dt>Found on</dt>
            <dd>{site}</dd>
          </>
        )}
      </dl>
      {[...draft.warnings, ...notes].map((warning) => (
        <p class="warning" key={warning}>
          {warning}
        </p>
      ))}
      {problem && (
        <p role="alert" class="problem">
          {problem}
        </p>
      )}
      {existing ? (
        <>
          <p class="warning">
            You already have {title}. Setting up again on a new device gives it
            a new secret: replace the old one, or keep both.
          </p>
          <div class="buttons">
            <button type="button" onClick={() => onReplace(existing)}>
              Replace secret
            </button>
            <button type="button" onClick={onSaveNew}>
              Keep both
            </button>
            <button type="button" class="quiet" onClick={onCancel}>
              Cancel
            </button>
          </div>
        </>
      ) : (
        <div class="buttons">
          <button type="button" onClick={onSaveNew}>
            Save account
          </button>
          <button type="button" class="quiet" onClick={onCancel}>
            Cancel
          </button>
        </div>
      )}
    </section>
  );
}
