import type { OtpKind } from '../otp/types';
import type { OptionalCategory } from './choices';
import { isWholeNumberIn } from './numbers';

/** A whole number property, sent as is, within these bounds. */
interface CountSpec {
  readonly min: number;
  readonly max: number;
}

/** A property is one of a few fixed words, or a bounded whole number. */
type PropertySpec = readonly string[] | CountSpec;

interface EventSpec {
  readonly category: OptionalCategory;
  readonly meaning: string;
  readonly properties: Readonly<Record<string, PropertySpec>>;
}

const OTP_KINDS = ['totp', 'hotp', 'steam'] as const satisfies OtpKind[];

// Buckets rather than exact counts, so a count cannot single anyone out.
const ACCOUNT_BUCKETS = ['0', '1', '2-5', '6-20', '21+'] as const;

const ERROR_KINDS = [
  'storage-failed',
  'scan-failed',
  'fill-failed',
  'clipboard-blocked',
  'import-rejected',
  'page-crashed',
  'unknown',
] as const;

/**
 * Every analytics event Twostep can record: its consent category, what it
 * means, and its properties. Nothing else can be recorded or sent.
 */
export const EVENT_CATALOGUE = {
  'popup-opened': {
    category: 'usageAnalytics',
    meaning: 'The popup was opened.',
    properties: { accounts: ACCOUNT_BUCKETS },
  },
  'code-copied': {
    category: 'usageAnalytics',
    meaning: 'A code was copied.',
    properties: { kind: OTP_KINDS },
  },
  'code-filled': {
    category: 'usageAnalytics',
    meaning: 'A code was filled into a page.',
    properties: {
      kind: OTP_KINDS,
      field: ['single', 'boxes'],
      frame: ['top', 'inner'],
    },
  },
  'fill-refused-site': {
    category: 'usageAnalytics',
    meaning: 'A fill was refused: the site is not linked to the account.',
    properties: {},
  },
  'scan-found': {
    category: 'usageAnalytics',
    meaning: 'A scan found accounts.',
    properties: {
      accounts: { min: 1, max: 100 },
      source: ['page', 'image'],
    },
  },
  'scan-none': {
    category: 'usageAnalytics',
    meaning: 'A scan found no enrollment QR code.',
    properties: { source: ['page', 'image'] },
  },
  'account-added': {
    category: 'usageAnalytics',
    meaning: 'An account was saved.',
    properties: {
      kind: OTP_KINDS,
      method: ['scan', 'image', 'link', 'key', 'export'],
    },
  },
  error: {
    category: 'errorReports',
    meaning: 'Something failed. Only the kind of failure is kept.',
    properties: { kind: ERROR_KINDS },
  },
} as const satisfies Record<string, EventSpec>;

type Catalogue = typeof EVENT_CATALOGUE;

type ValueOf<Spec> = Spec extends readonly (infer Word)[] ? Word : number;

/** The name of an analytics event. */
export type EventName = keyof Catalogue;

/** One analytics event: a name and its fixed properties, never free text. */
export type AnalyticsEvent = {
  [Name in EventName]: { name: Name } & {
    -readonly [Key in keyof Catalogue[Name]['properties']]: ValueOf<
      Catalogue[Name]['properties'][Key]
    >;
  };
}[EventName];

/** The number of accounts as the bucket that popup-opened reports. */
export function bucketAccounts(
  count: number,
): (typeof ACCOUNT_BUCKETS)[number] {
  if (count <= 0) return '0';
  if (count === 1) return '1';
  if (count <= 5) return '2-5';
  if (count <= 20) return '6-20';

  return '21+';
}

function isValidProperty(spec: PropertySpec, value: unknown): boolean {
  if ('min' in spec) return isWholeNumberIn(value, spec);

  return spec.includes(value as string);
}

function isEventName(name: unknown): name is EventName {
  return typeof name === 'string' && Object.hasOwn(EVENT_CATALOGUE, name);
}

/**
 * Whether a value is exactly an event of the catalogue: no missing, extra
 * or out-of-list property. Guards what is read back from storage.
 */
export function isAnalyticsEvent(value: unknown): value is AnalyticsEvent {
  if (typeof value !== 'object' || value === null) return false;

  const { name, ...properties } = value as Record<string, unknown>;
  if (!isEventName(name)) return false;

  const specs: Record<string, PropertySpec> = EVENT_CATALOGUE[name].properties;
  const keys = Object.keys(properties);
  if (keys.length !== Object.keys(specs).length) return false;

  return keys.every(
    (key) =>
      Object.hasOwn(specs, key) &&
      isValidProperty(specs[key]!, properties[key]),
  );
}

/** The consent category an event needs before it is recorded. */
export function findEventCategory(event: AnalyticsEvent): OptionalCategory {
  return EVENT_CATALOGUE[event.name].category;
}

/** An event as one readable line, such as `code-copied (kind totp)`. */
export function describeEvent(event: AnalyticsEvent): string {
  const { name, ...properties } = event;
  const values = Object.entries(properties).map(
    ([key, value]) => `${key} ${value}`,
  );

  return values.length ? `${name} (${values.join(', ')})` : name;
}
