import type { Effective } from '../../consent';

interface Props {
  id: string;
  label: string;
  explanation: string;
  choice: Effective<boolean>;
  onChange?: (isOn: boolean) => void;
}

/** One privacy category: a checkbox, what it covers, and any lock. */
export function ConsentChoice(props: Props) {
  const { id, label, explanation, choice, onChange } = props;
  const explanationId = `${id}-explanation`;
  const lockId = `${id}-lock`;

  return (
    <div class="choice">
      <input
        type="checkbox"
        id={id}
        checked={choice.value}
        disabled={choice.lock !== undefined}
        aria-describedby={
          choice.lock ? `${explanationId} ${lockId}` : explanationId
        }
        onChange={(event) => onChange?.(event.currentTarget.checked)}
      />
      <div>
        <label for={id}>{label}</label>
        <p class="hint" id={explanationId}>
          {explanation}
        </p>
        {choice.lock && (
          <p class="lock" id={lockId}>
            {choice.lock}
          </p>
        )}
      </div>
    </div>
  );
}
