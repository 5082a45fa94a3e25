export {
  DEFAULT_CONSENT,
  OPTIONAL_CATEGORIES,
  type ConsentCategory,
  type ConsentChange,
  type ConsentChoices,
  type OptionalCategory,
} from './choices';
export { checkCollectorUrl, CollectorUrlError } from './collector';
export {
  combineConsent,
  combineSettings,
  type Effective,
  type EffectiveConsent,
  type EffectiveSettings,
} from './effective';
export {
  bucketAccounts,
  describeEvent,
  EVENT_CATALOGUE,
  type AnalyticsEvent,
  type EventName,
} from './events';
export type { Policy } from './policy';
export type { WaitingEvent } from './queue';
export {
  clearWaitingEvents,
  dropDisallowedEvents,
  flushEvents,
  readWaitingEvents,
  recordEvent,
  watchWaitingEvents,
  type FlushOutcome,
} from './recorder';
export {
  DEFAULT_SETTINGS,
  SETTING_LIMITS,
  SettingsError,
  THEMES,
  type Settings,
  type SettingsChange,
  type Theme,
} from './settings';
export * from './settings-store';
export * from './store';
