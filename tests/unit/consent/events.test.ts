import { describe, expect, it } from 'vitest';
import {
  bucketAccounts,
  describeEvent,
  EVENT_CATALOGUE,
  isAnalyticsEvent,
  type AnalyticsEvent,
} from '../../../src/consent/events';

describe('the analytics event list', () => {
  it.each<[string, unknown]>([
    ['popup-opened', { name: 'popup-opened', accounts: '2-5' }],
    ['code-copied', { name: 'code-copied', kind: 'totp' }],
    [
      'code-filled',
      { name: 'code-filled', kind: 'hotp', field: 'boxes', frame: 'top' },
    ],
    ['fill-refused-site', { name: 'fill-refused-site' }],
    ['scan-found', { name: 'scan-found', accounts: 3, source: 'page' }],
    ['scan-none', { name: 'scan-none', source: 'image' }],
    ['account-added', { name: 'account-added', kind: 'steam', method: 'key' }],
    ['error', { name: 'error', kind: 'fill-failed' }],
  ])('accepts a well-formed %s event', (_name, event) => {
    expect(isAnalyticsEvent(event)).toBe(true);
  });

  it.each<[string, unknown]>([
    ['a domain', { name: 'fill-refused-site', site: 'example.com' }],
    ['an issuer as a kind', { name: 'code-copied', kind: 'GitHub' }],
    ['a code as a count', { name: 'scan-found', accounts: 123456 }],
    ['a fraction', { name: 'scan-found', accounts: 1.5, source: 'page' }],
    ['a number as text', { name: 'scan-found', accounts: '2', source: 'page' }],
    ['a missing property', { name: 'code-copied' }],
    ['an unknown name', { name: 'secret-shown' }],
    ['an inherited name', { name: 'toString' }],
    ['an error message', { name: 'error', kind: 'unknown', message: 'x' }],
    ['nothing', null],
    ['a string', 'popup-opened'],
  ])('refuses an event with %s', (_what, event) => {
    expect(isAnalyticsEvent(event)).toBe(false);
  });

  it('gives every event a category and a meaning', () => {
    for (const spec of Object.values(EVENT_CATALOGUE)) {
      expect(['usageAnalytics', 'errorReports']).toContain(spec.category);
      expect(spec.meaning).not.toBe('');
    }
    expect(EVENT_CATALOGUE.error.category).toBe('errorReports');
  });

  it('allows no free text in its types', () => {
    // @ts-expect-error an account label is not one of the fixed kinds
    const withLabel: AnalyticsEvent = { name: 'code-copied', kind: 'alice' };
    // @ts-expect-error a page address is no property of any event
    const withUrl: AnalyticsEvent = { name: 'scan-none', url: 'https://x' };

    expect(isAnalyticsEvent(withLabel)).toBe(false);
    expect(isAnalyticsEvent(withUrl)).toBe(false);
  });

  it('reads an event as one line', () => {
    expect(
      describeEvent({ name: 'scan-found', accounts: 2, source: 'image' }),
    ).toBe('scan-found (accounts 2, source image)');
    expect(describeEvent({ name: 'fill-refused-site' })).toBe(
      'fill-refused-site',
    );
  });

  it.each([
    [0, '0'],
    [1, '1'],
    [5, '2-5'],
    [6, '6-20'],
    [21, '21+'],
  ])('puts %i accounts in the %s bucket', (count, bucket) => {
    expect(bucketAccounts(count)).toBe(bucket);
  });
});
