import {
  saveSettings,
  SETTING_LIMITS,
  THEMES,
  type EffectiveSettings,
  type SettingsChange,
  type Theme,
} from '../../consent';
import { applyTheme } from '../apply-theme';
import { Notice } from './Notice';
import { NumberSetting } from './NumberSetting';
import { useSave } from './use-save';

const THEME_NAMES: Record<Theme, string> = {
  system: 'Same as the system',
  light: 'Light',
  dark: 'Dark',
};

/** How Twostep looks, when it locks, and when it clears the clipboard. */
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
      <NumberSetting
        id="auto-lock"
        label="Auto-lock minutes"
        hint="Twostep locks after this many minutes without use."
        setting={settings.autoLockMinutes}
        limits={SETTING_LIMITS.autoLockMinutes}
        onSave={(autoLockMinutes) => onSave({ autoLockMinutes })}
      />
      <NumberSetting
        id="clipboard-clear"
        label="Clipboard-clear seconds"
        hint="A copied code is wiped from the clipboard after this long."
        setting={settings.clipboardClearSeconds}
        limits={SETTING_LIMITS.clipboardClearSeconds}
        onSave={(clipboardClearSeconds) => onSave({ clipboardClearSeconds })}
      />
      <Notice notice={notice} />
    </section>
  );
}
