import { isWholeNumberIn } from './numbers';
import { AUTO_LOCK_LIMITS } from './policy';

/** How the pages look: as the system says, or always light or dark. */
export type Theme = 'system' | 'light' | 'dark';

/** The themes, in the order the options page offers them. */
export const THEMES: readonly Theme[] = ['system', 'light', 'dark'];

/** The storage.sync key that holds the settings record. */
export const SETTINGS_KEY = 'settings';

/** Bumped when the stored shape changes; other versions read as defaults. */
export const SETTINGS_VERSION = 1;

/** A person's settings, the same in every browser they use Twostep in. */
export interface Settings {
  theme: Theme;
  /** Minutes without use before the vault locks. */
  autoLockMinutes: number;
  /** Seconds before a copied code is wiped from the clipboard. */
  clipboardClearSeconds: number;
}

/** A change to the settings; what is left out stays as it was. */
export type SettingsChange = Partial<Settings>;

export const DEFAULT_SETTINGS: Readonly<Settings> = {
  theme: 'system',
  autoLockMinutes: 15,
  clipboardClearSeconds: 30,
};

/** The whole numbers each numeric setting accepts. */
export const SETTING_LIMITS = {
  autoLockMinutes: AUTO_LOCK_LIMITS,
  clipboardClearSeconds: { min: 5, max: 600 },
} as const;

type NumericSetting = keyof typeof SETTING_LIMITS;

const SETTING_NAMES: Record<NumericSetting, string> = {
  autoLockMinutes: 'Auto-lock minutes',
  clipboardClearSeconds: 'Clipboard-clear seconds',
};

/** A setting outside what Twostep accepts, with a message naming the fix. */
export class SettingsError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SettingsError';
  }
}

function isTheme(value: unknown): value is Theme {
  return THEMES.includes(value as Theme);
}

function isInRange(name: NumericSetting, value: unknown): value is number {
  return isWholeNumberIn(value, SETTING_LIMITS[name]);
}

/**
 * The settings in a stored record. Each setting that is missing or out of
 * range reads as its default; it never throws.
 */
export function parseSettings(raw: unknown): Settings {
  if (typeof raw !== 'object' || raw === null) return { ...DEFAULT_SETTINGS };

  const record = raw as Record<string, unknown>;
  if (record.version !== SETTINGS_VERSION) return { ...DEFAULT_SETTINGS };

  const pick = (name: NumericSetting) =>
    isInRange(name, record[name]) ? record[name] : DEFAULT_SETTINGS[name];

  return {
    theme: isTheme(record.theme) ? record.theme : DEFAULT_SETTINGS.theme,
    autoLockMinutes: pick('autoLockMinutes'),
    clipboardClearSeconds: pick('clipboardClearSeconds'),
  };
}

/** Throws a SettingsError naming the first value in a change it refuses. */
export function checkSettingsChange(change: SettingsChange): void {
  if (change.theme !== undefined && !isTheme(change.theme)) {
    throw new SettingsError(`Choose a theme: ${THEMES.join(', ')}.`);
  }

  for (const name of Object.keys(SETTING_LIMITS) as NumericSetting[]) {
    const value = change[name];
    if (value === undefined || isInRange(name, value)) continue;

    const { min, max } = SETTING_LIMITS[name];
    throw new SettingsError(
      `${SETTING_NAMES[name]} must be a whole number from ${min} to ${max}.`,
    );
  }
}

/** The record to store for these settings. */
export function serializeSettings(settings: Settings) {
  return { version: SETTINGS_VERSION, ...settings };
}
