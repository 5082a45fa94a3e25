import { describe, expect, it } from 'vitest';
import { DEFAULT_CONSENT, parseConsent } from '../../../src/consent/choices';
import {
  checkCollectorUrl,
  CollectorUrlError,
} from '../../../src/consent/collector';
import { parsePolicy } from '../../../src/consent/policy';
import {
  checkSettingsChange,
  DEFAULT_SETTINGS,
  parseSettings,
  SettingsError,
} from '../../../src/consent/settings';

const GARBAGE = [
  undefined,
  null,
  42,
  'yes',
  [],
  [true],
  { version: 2, usageAnalytics: true, errorReports: true },
  { usageAnalytics: true },
];

describe('reading stored consent', () => {
  it.each(GARBAGE)('reads %j as the default, all off', (raw) => {
    expect(parseConsent(raw)).toEqual(DEFAULT_CONSENT);
  });

  it('turns a category on only for a real true', () => {
    const raw = {
      version: 1,
      usageAnalytics: 'true',
      errorReports: true,
      collectorUrl: 'javascript:alert(1)',
    };

    expect(parseConsent(raw)).toEqual({
      required: true,
      usageAnalytics: false,
      errorReports: true,
      collectorUrl: null,
    });
  });
});

describe('reading the policy', () => {
  it.each([undefined, null, 'policy', 7])('reads %j as no policy', (raw) => {
    expect(parsePolicy(raw)).toEqual({});
  });

  it('keeps the settings it understands and ignores the rest', () => {
    const raw = {
      forceAnalyticsOff: true,
      lockConsent: 'true',
      requirePassphrase: false,
      autoLockMinutes: 99999,
      disableExport: true,
      allowedFillDomains: ['Example.COM.', 'https://bad/', 3, 'example.com'],
      collectorUrl: 'http://collector.example/',
      unknownSetting: true,
    };

    expect(parsePolicy(raw)).toEqual({
      forceAnalyticsOff: true,
      disableExport: true,
      allowedFillDomains: ['example.com'],
    });
  });

  it('keeps a valid auto-lock and collector', () => {
    const raw = {
      autoLockMinutes: 5,
      collectorUrl: 'https://collector.example/events',
    };

    expect(parsePolicy(raw)).toEqual(raw);
  });
});

describe('reading stored settings', () => {
  it.each(GARBAGE)('reads %j as the defaults', (raw) => {
    expect(parseSettings(raw)).toEqual(DEFAULT_SETTINGS);
  });

  it('falls back per setting', () => {
    const raw = {
      version: 1,
      theme: 'dark',
      autoLockMinutes: -1,
      clipboardClearSeconds: 45,
    };

    expect(parseSettings(raw)).toEqual({
      theme: 'dark',
      autoLockMinutes: DEFAULT_SETTINGS.autoLockMinutes,
      clipboardClearSeconds: 45,
    });
  });

  it.each([
    [{ theme: 'purple' }, /theme/],
    [{ autoLockMinutes: 0 }, /Auto-lock minutes.*1 to 1440/],
    [{ clipboardClearSeconds: 2.5 }, /Clipboard-clear seconds.*5 to 600/],
  ])('refuses the change %j, naming the fix', (change, message) => {
    expect(() => checkSettingsChange(change as never)).toThrow(SettingsError);
    expect(() => checkSettingsChange(change as never)).toThrow(message);
  });
});

describe('checking a collector address', () => {
  it.each([
    ['https://collector.example/events', 'https://collector.example/events'],
    [' https://Collector.Example ', 'https://collector.example/'],
    ['http://127.0.0.1:8080/e', 'http://127.0.0.1:8080/e'],
  ])('accepts %j', (text, stored) => {
    expect(checkCollectorUrl(text)).toBe(stored);
  });

  it.each([
    ['not a url', /not a web address/],
    ['http://collector.example/', /https/],
    ['ftp://collector.example/', /https/],
    ['https://user:pass@collector.example/', /user name and password/],
  ])('refuses %j', (text, message) => {
    expect(() => checkCollectorUrl(text)).toThrow(CollectorUrlError);
    expect(() => checkCollectorUrl(text)).toThrow(message);
  });
});
