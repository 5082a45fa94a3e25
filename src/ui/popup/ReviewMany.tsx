import { useState } from 'preact/hooks';
import type { AccountDraft } from '../../otp/types';
import { addAccount } from '../../vault';
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

  const onAdd = async () => {
    try {
      const picked = drafts.filter((_, index) => chosen[index]);
      // Imported accounts are bound to no site: the page that showed the
      // export is not the site of the accounts inside it.
      for (const draft of picked) await addAccount(draft, []);
      onDone(`Added ${picked.length} accounts.`);
    } catch (error) {
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
