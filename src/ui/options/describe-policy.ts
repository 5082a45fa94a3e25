import type { Policy } from '../../consent';

function formatMinutes(minutes: number): string {
  return minutes === 1 ? '1 minute' : `${minutes} minutes`;
}

function describeDomains(domains: string[]): string {
  if (domains.length === 0) return 'Codes are filled on no site.';

  return `Codes are filled only on ${domains.join(', ')}.`;
}

/** Each rule the administrator set, as a sentence, in a stable order. */
export function describePolicy(policy: Policy): string[] {
  // TODO(2026-12-03): passphrase, export and fill-domain rules are shown but
  // not yet enforced; drop this note once the vault and fill check them.
  const rules = [
    policy.forceAnalyticsOff && 'Usage analytics and error reports are off.',
    policy.lockConsent && 'Your privacy choices stay as they are.',
    policy.collectorUrl && `Waiting events are sent to ${policy.collectorUrl}.`,
    policy.requirePassphrase && 'A passphrase is needed to unlock Twostep.',
    policy.autoLockMinutes !== undefined &&
      `Twostep locks after ${formatMinutes(policy.autoLockMinutes)} ` +
        'without use.',
    policy.disableExport && 'Exporting accounts is turned off.',
    policy.allowedFillDomains && describeDomains(policy.allowedFillDomains),
  ];

  return rules.filter((rule): rule is string => typeof rule === 'string');
}
