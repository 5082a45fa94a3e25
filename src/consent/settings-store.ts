import { combineSettings, type EffectiveSettings } from './effective';
import {
  checkSettingsChange,
  parseSettings,
  serializeSettings,
  SETTINGS_KEY,
  type Settings,
  type SettingsChange,
} from './settings';
import {
  readStored,
  readSyncOrNothing,
  watchStored,
  writeStored,
} from './storage';
import { PolicyLockError, readPolicy } from './store';

/** The person's settings; defaults for anything missing or invalid. */
export async function readSettings(): Promise<Settings> {
  return parseSettings(await readSyncOrNothing(SETTINGS_KEY));
}

/** The settings as they apply under the policy. */
export async function readEffectiveSettings(): Promise<EffectiveSettings> {
  const [settings, policy] = await Promise.all([readSettings(), readPolicy()]);

  return combineSettings(settings, policy);
}

/**
 * Saves a change to the settings in every browser the person uses. Throws
 * a SettingsError for a value out of range, and a PolicyLockError for one
 * the policy decides.
 */
export async function saveSettings(change: SettingsChange): Promise<Settings> {
  checkSettingsChange(change);
  // Read strictly: a failed read must not save defaults over real settings.
  const [stored, policy] = await Promise.all([
    readStored('sync', SETTINGS_KEY),
    readPolicy(),
  ]);
  const settings = parseSettings(stored);
  const { lock } = combineSettings(settings, policy).autoLockMinutes;
  if (lock && change.autoLockMinutes !== undefined) {
    throw new PolicyLockError(lock);
  }

  const saved = { ...settings, ...change };
  await writeStored('sync', SETTINGS_KEY, serializeSettings(saved));

  return saved;
}

/** Calls onChange when the settings change on any page or in any browser. */
export function watchSettings(onChange: () => void): () => void {
  return watchStored('sync', SETTINGS_KEY, onChange);
}
