import { readCollectorUrl } from './collector';
import { isWholeNumberIn } from './numbers';

/**
 * What an organisation's administrator set through managed storage. A
 * setting that is absent was not set; a switch set to false is left out,
 * since it asks for nothing.
 */
export interface Policy {
  /** Turns usage analytics and error reports off, whatever the user chose. */
  forceAnalyticsOff?: true;
  /** Keeps the user's privacy choices as they are. */
  lockConsent?: true;
  requirePassphrase?: true;
  autoLockMinutes?: number;
  disableExport?: true;
  /** Registrable domains where filling is allowed; others are refused. */
  allowedFillDomains?: string[];
  collectorUrl?: string;
}

/** The longest auto-lock an administrator or a person may choose: a day. */
export const AUTO_LOCK_LIMITS = { min: 1, max: 1440 } as const;

const SWITCHES = [
  'forceAnalyticsOff',
  'lockConsent',
  'requirePassphrase',
  'disableExport',
] as const;

// A bare host name: letters, digits, hyphens and dots, no scheme or path.
const DOMAIN_PATTERN = /^(?=.{1,253}$)([a-z0-9-]{1,63}\.)*[a-z0-9-]{1,63}$/;

function readDomains(value: unknown): string[] | undefined {
  if (!Array.isArray(value)) return undefined;

  const domains = value
    .filter((domain): domain is string => typeof domain === 'string')
    .map((domain) => domain.trim().toLowerCase().replace(/\.$/, ''))
    .filter((domain) => DOMAIN_PATTERN.test(domain));

  return [...new Set(domains)];
}

function readMinutes(value: unknown): number | undefined {
  return isWholeNumberIn(value, AUTO_LOCK_LIMITS) ? value : undefined;
}

/**
 * The policy in what managed storage returned. A setting of the wrong type
 * or out of range is ignored rather than guessed at; it never throws.
 */
export function parsePolicy(raw: unknown): Policy {
  if (typeof raw !== 'object' || raw === null) return {};

  const record = raw as Record<string, unknown>;
  const policy: Policy = {};
  for (const name of SWITCHES) {
    if (record[name] === true) policy[name] = true;
  }

  const autoLockMinutes = readMinutes(record.autoLockMinutes);
  if (autoLockMinutes !== undefined) policy.autoLockMinutes = autoLockMinutes;

  const allowedFillDomains = readDomains(record.allowedFillDomains);
  if (allowedFillDomains) policy.allowedFillDomains = allowedFillDomains;

  const collectorUrl = readCollectorUrl(record.collectorUrl);
  if (collectorUrl) policy.collectorUrl = collectorUrl;

  return policy;
}
