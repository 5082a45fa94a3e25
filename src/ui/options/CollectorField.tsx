import { saveConsent, type Effective } from '../../consent';
import { Notice } from './Notice';
import { useDraft } from './use-draft';
import { useSave } from './use-save';

interface Props {
  collector: Effective<string | null>;
}

/** The address waiting events are sent to; empty sends nothing. */
export function CollectorField({ collector }: Props) {
  const [text, setText] = useDraft(collector.value ?? '');
  const { notice, save } = useSave();
  const isLocked = collector.lock !== undefined;

  const onSubmit = (event: Event) => {
    event.preventDefault();
    void save(() => saveConsent({ collectorUrl: text.trim() || null }));
  };

  return (
    <form class="collector" noValidate onSubmit={onSubmit}>
      <label>
        Collector address
        <input
          type="url"
          value={text}
          disabled={isLocked}
          placeholder="https://"
          aria-describedby={
            isLocked ? 'collector-hint collector-lock' : 'collector-hint'
          }
          onInput={(event) => setText(event.currentTarget.value)}
        />
      </label>
      <p class="hint" id="collector-hint">
        Where waiting events are sent. With no address, nothing is sent.
      </p>
      {isLocked && (
        <p class="lock" id="collector-lock">
          {collector.lock}
        </p>
      )}
      <button type="submit" disabled={isLocked}>
        Save address
      </button>
      <Notice notice={notice} />
    </form>
  );
}
