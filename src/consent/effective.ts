import type { ConsentChoices, OptionalCategory } from './choices';
import type { Policy } from './policy';
import type { Settings } from './settings';

/** A choice as it applies, and why the person cannot change it, if so. */
export interface Effective<Value> {
  value: Value;
  /** A plain sentence; absent when the person may change the choice. */
  lock?: string;
}

/** What Twostep actually does: the person's choices, where policy allows. */
export type EffectiveConsent = {
  required: Effective<true>;
  collectorUrl: Effective<string | null>;
} & Record<OptionalCategory, Effective<boolean>>;

/** The settings as they apply under the policy. */
export type EffectiveSettings = {
  [Name in keyof Settings]: Effective<Settings[Name]>;
};

const ALWAYS_ON = 'Always on';
const FORCED_OFF = 'Your organisation turned this off.';
const LOCKED = 'Your organisation manages this choice.';
const SET_BY_ORGANISATION = 'Your organisation set this.';

function combineCategory(isOn: boolean, policy: Policy): Effective<boolean> {
  if (policy.forceAnalyticsOff) return { value: false, lock: FORCED_OFF };
  if (policy.lockConsent) return { value: isOn, lock: LOCKED };

  return { value: isOn };
}

/** Combines the person's choices with the policy; the policy wins. */
export function combineConsent(
  choices: ConsentChoices,
  policy: Policy,
): EffectiveConsent {
  let collectorUrl: Effective<string | null> = { value: choices.collectorUrl };
  if (policy.collectorUrl) {
    collectorUrl = { value: policy.collectorUrl, lock: SET_BY_ORGANISATION };
  } else if (policy.lockConsent) {
    collectorUrl = { value: choices.collectorUrl, lock: LOCKED };
  }

  return {
    required: { value: true, lock: ALWAYS_ON },
    usageAnalytics: combineCategory(choices.usageAnalytics, policy),
    errorReports: combineCategory(choices.errorReports, policy),
    collectorUrl,
  };
}

/** Combines the person's settings with the policy; the policy wins. */
export function combineSettings(
  settings: Settings,
  policy: Policy,
): EffectiveSettings {
  const autoLockMinutes =
    policy.autoLockMinutes === undefined
      ? { value: settings.autoLockMinutes }
      : { value: policy.autoLockMinutes, lock: SET_BY_ORGANISATION };

  return {
    theme: { value: settings.theme },
    autoLockMinutes,
    clipboardClearSeconds: { value: settings.clipboardClearSeconds },
  };
}
