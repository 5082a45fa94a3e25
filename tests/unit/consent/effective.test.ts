import { describe, expect, it } from 'vitest';
import { DEFAULT_CONSENT } from '../../../src/consent/choices';
import {
  combineConsent,
  combineSettings,
} from '../../../src/consent/effective';
import { DEFAULT_SETTINGS } from '../../../src/consent/settings';

const ALLOWED = {
  ...DEFAULT_CONSENT,
  usageAnalytics: true,
  errorReports: true,
  collectorUrl: 'https://mine.example/',
};

describe('combining choices with the policy', () => {
  it('follows the person when there is no policy', () => {
    const effective = combineConsent(ALLOWED, {});

    expect(effective.required).toEqual({ value: true, lock: 'Always on' });
    expect(effective.usageAnalytics).toEqual({ value: true });
    expect(effective.errorReports).toEqual({ value: true });
    expect(effective.collectorUrl).toEqual({ value: 'https://mine.example/' });
  });

  it('turns both categories off when the policy forces it, saying why', () => {
    const effective = combineConsent(ALLOWED, { forceAnalyticsOff: true });

    expect(effective.usageAnalytics.value).toBe(false);
    expect(effective.errorReports.value).toBe(false);
    expect(effective.usageAnalytics.lock).toMatch(/organisation/i);
  });

  it('keeps the choices but locks them under lockConsent', () => {
    const effective = combineConsent(DEFAULT_CONSENT, { lockConsent: true });

    expect(effective.usageAnalytics).toMatchObject({ value: false });
    expect(effective.usageAnalytics.lock).toMatch(/organisation/i);
    expect(effective.collectorUrl.lock).toMatch(/organisation/i);
  });

  it('sends to the organisation’s collector over the person’s', () => {
    const effective = combineConsent(ALLOWED, {
      collectorUrl: 'https://org.example/',
    });

    expect(effective.collectorUrl.value).toBe('https://org.example/');
    expect(effective.collectorUrl.lock).toMatch(/organisation/i);
    expect(effective.usageAnalytics).toEqual({ value: true });
  });

  it('takes the auto-lock from the policy, saying why', () => {
    const effective = combineSettings(DEFAULT_SETTINGS, {
      autoLockMinutes: 3,
    });

    expect(effective.autoLockMinutes.value).toBe(3);
    expect(effective.autoLockMinutes.lock).toMatch(/organisation/i);
    expect(effective.clipboardClearSeconds).toEqual({ value: 30 });
  });
});
