import type { Effective } from '../../consent';
import { useDraft } from './use-draft';

interface Props {
  id: string;
  label: string;
  hint: string;
  setting: Effective<number>;
  limits: { min: number; max: number };
  onSave: (value: number) => void;
}

/** A whole-number setting, saved when the person leaves the field. */
export function NumberSetting(props: Props) {
  const { id, label, hint, setting, limits, onSave } = props;
  const [text, setText] = useDraft(String(setting.value));
  const hintId = `${id}-hint`;
  const lockId = `${id}-lock`;

  return (
    <div class="setting">
      <label>
        {label}
        <input
          type="number"
          inputMode="numeric"
          step={1}
          min={limits.min}
          max={limits.max}
          value={text}
          disabled={setting.lock !== undefined}
          aria-describedby={setting.lock ? `${hintId} ${lockId}` : hintId}
          onInput={(event) => setText(event.currentTarget.value)}
          onChange={(event) => onSave(Number(event.currentTarget.value))}
        />
      </label>
      <p class="hint" id={hintId}>
        {hint} From {limits.min} to {limits.max}.
      </p>
      {setting.lock && (
        <p class="lock" id={lockId}>
          {setting.lock}
        </p>
      )}
    </div>
  );
}
