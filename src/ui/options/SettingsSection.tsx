import {
  saveSettings,
  THEMES,
  type EffectiveSettings,
  type SettingsChange,
  type Theme,
} from '../../consent';
import { applyTheme } from '../apply-theme';
import { Notice } from './Notice';
import { useSave } from './use-save';

const THEME_NAMES: Record<Theme, string> = {
  system: 'Same as the system',
  light: 'Light',
  dark: 'Dark',
};

/** How Twostep looks. */
export function SettingsSection({ settings }: { settings: EffectiveSettings }) {
  const { notice, save } = useSave();
  const onSave = (change: SettingsChange) => save(() => saveSettings(change));

  const onTheme = (theme: Theme) => {
    applyTheme(theme);
    void onSave({ theme });
  };

  return (
    <section aria-labelledby="settings-heading">
      <h2 id="settings-heading">Settings</h2>
      <label class="setting">
        Theme
        <select
          value={settings.theme.value}
          onChange={(event) => onTheme(event.currentTarget.value as Theme)}
        >
          {THEMES.map((theme) => (
            <option key={theme} value={theme}>
              {THEME_NAMES[theme]}
            </option>
          ))}
        </select>
      </label>
      {/* TODO(2026-12-03): show auto-lock and clipboard-clear here once
          the vault locks and copied codes are cleared; their values are
          already stored and validated in src/consent. */}
      <Notice notice={notice} />
    </section>
  );
}
