import { useRef, useState } from 'preact/hooks';
import type { AccountDraft } from '../../otp/types';
import { addAccounts } from '../../vault';
import { accountTitle } from './format';

interface Props {
  drafts: AccountDraft[];
  notes: string[];
  onDone: (message: string) => void;
  onCancel: () => void;
}

/** Lets the user pick which accounts of an export to add. */
export function ReviewMany({ drafts, notes, onDone, onCancel }: Props) {
  const [chosen, setChosen] = useState(() => drafts.map(() => true));
  const [problem, setProblem] = useState<string>();
  const count = chosen.filter(Boolean).length;

  const onToggle = (index: number) =>
    setChosen((now) => now.map((value, at) => (at === index ? !value : value)));

  // A ref, not state: a double click lands twice before any re-render.
  const isSaving = useRef(false);
  const onAdd = async () => {
    if (isSaving.current) return;

    isSaving.current = true;
    try {
      const picked = drafts.filter((_, index) => chosen[index]);
      // Imported accounts are bound to no site: the page that showed the
      // export is not the site of the accounts inside it. One transaction,
      // so a failure adds none of them.
      await addAccounts(picked.map((draft) => ({ draft, sites: [] })));
      onDone(`Added ${picked.length} accounts.`);
    } catch (error) {
      isSaving.current = false;
      setProblem((error as Error).message);
    }
  };

  return (
    <section class="panel" aria-label="Review accounts">
      <p>Choose the accounts to add to Twostep.</p>
      <ul class="choices">
        {drafts.map((draft, index) => (
          <li key={index}>
            <label class="choice">
              <input
                type="checkbox"
                checked={chosen[index]}
                onChange={() => onToggle(index)}
              />
              <span>
                {accountTitle(draft)}
                {draft.issuer && draft.accountName && (
                  <span class="account-name"> {draft.accountName}</span>
                )}
              </span>
            </label>
          </li>
        ))}
      </ul>
      {notes.map((note) => (
        <p class="warning" key={note}>
          {note}
        </p>
      ))}
      {problem && (
        <p role="alert" class="problem">
          {problem}
        </p>
      )}
      <div class="buttons">
        <button type="button" disabled={count === 0} onClick={onAdd}>
          Add selected accounts
        </button>
        <button type="button" class="quiet" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </section>
  );
}
