import { readCollectorUrl } from './collector';

/** The kinds of data Twostep may ask about. */
export type ConsentCategory = 'required' | OptionalCategory;

/** The kinds of data a person may allow; all start off. */
export type OptionalCategory = 'usageAnalytics' | 'errorReports';

/** The optional categories, in the order the options page shows them. */
export const OPTIONAL_CATEGORIES: readonly OptionalCategory[] = [
  'usageAnalytics',
  'errorReports',
];

/** Bumped when the stored shape changes; other versions read as defaults. */
export const CONSENT_VERSION = 1;

/** The storage.sync key that holds the consent record. */
export const CONSENT_KEY = 'consent';

/** What the person chose, as stored. */
export interface ConsentChoices {
  /** Always on; none of it leaves the device. */
  readonly required: true;
  usageAnalytics: boolean;
  errorReports: boolean;
  /** Where waiting events are sent; null sends nothing. */
  collectorUrl: string | null;
}

/** A change to the choices; what is left out stays as it was. */
export type ConsentChange = Partial<Omit<ConsentChoices, 'required'>>;

/** Nothing optional is allowed and nothing is sent until the person says so. */
export const DEFAULT_CONSENT: Readonly<ConsentChoices> = {
  required: true,
  usageAnalytics: false,
  errorReports: false,
  collectorUrl: null,
};

/**
 * The choices in a stored record. Anything missing, malformed or from
 * another version reads as the default, which allows nothing.
 */
export function parseConsent(raw: unknown): ConsentChoices {
  if (typeof raw !== 'object' || raw === null) return { ...DEFAULT_CONSENT };

  const record = raw as Record<string, unknown>;
  if (record.version !== CONSENT_VERSION) return { ...DEFAULT_CONSENT };

  return {
    required: true,
    usageAnalytics: record.usageAnalytics === true,
    errorReports: record.errorReports === true,
    collectorUrl: readCollectorUrl(record.collectorUrl),
  };
}

/** The record to store for these choices. */
export function serializeConsent(choices: ConsentChoices) {
  return {
    version: CONSENT_VERSION,
    usageAnalytics: choices.usageAnalytics,
    errorReports: choices.errorReports,
    collectorUrl: choices.collectorUrl,
  };
}
