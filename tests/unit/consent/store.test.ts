import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  PolicyLockError,
  readConsent,
  readEffectiveConsent,
  readPolicy,
  readSettings,
  saveConsent,
  saveSettings,
  watchConsent,
  watchPolicy,
} from '../../../src/consent';
import { CollectorUrlError } from '../../../src/consent/collector';
import { SettingsError } from '../../../src/consent/settings';

beforeEach(() => {
  fakeBrowser.reset();
});

describe('the stored consent', () => {
  it('starts with only the required category on', async () => {
    expect(await readConsent()).toEqual({
      required: true,
      usageAnalytics: false,
      errorReports: false,
      collectorUrl: null,
    });
  });

  it('reads garbage in sync storage as the defaults', async () => {
    await fakeBrowser.storage.sync.set({ consent: 'usageAnalytics=1' });

    expect((await readConsent()).usageAnalytics).toBe(false);
  });

  it('reads as the defaults when sync storage fails', async () => {
    vi.spyOn(fakeBrowser.storage.sync, 'get').mockRejectedValue(
      new Error('sync is unavailable'),
    );

    expect((await readConsent()).errorReports).toBe(false);
  });

  it('saves nothing when it cannot read what is stored', async () => {
    await saveConsent({ usageAnalytics: true });
    vi.spyOn(fakeBrowser.storage.sync, 'get').mockRejectedValue(
      new Error('sync is unavailable'),
    );

    await expect(saveConsent({ errorReports: true })).rejects.toThrow();
    vi.restoreAllMocks();
    expect(await readConsent()).toMatchObject({
      usageAnalytics: true,
      errorReports: false,
    });
  });

  it('saves a change under one versioned key in sync storage', async () => {
    await saveConsent({ usageAnalytics: true });

    expect(await fakeBrowser.storage.sync.get(null)).toEqual({
      consent: {
        version: 1,
        usageAnalytics: true,
        errorReports: false,
        collectorUrl: null,
      },
    });
    expect((await readConsent()).usageAnalytics).toBe(true);
  });

  it('tells every watching page when the choices change', async () => {
    const onChange = vi.fn();
    const stop = watchConsent(onChange);
    await saveConsent({ errorReports: true });
    await fakeBrowser.storage.sync.set({ settings: { version: 1 } });
    await fakeBrowser.storage.local.set({ consent: 'elsewhere' });

    expect(onChange).toHaveBeenCalledTimes(1);
    stop();
    await saveConsent({ errorReports: false });
    expect(onChange).toHaveBeenCalledTimes(1);
  });

  it('refuses a collector address that is not https', async () => {
    await expect(
      saveConsent({ collectorUrl: 'http://collector.example/' }),
    ).rejects.toThrow(CollectorUrlError);
    expect((await readConsent()).collectorUrl).toBeNull();
  });

  it('stores an empty collector address as none', async () => {
    await saveConsent({ collectorUrl: 'https://collector.example/' });
    await saveConsent({ collectorUrl: '' });

    expect((await readConsent()).collectorUrl).toBeNull();
  });
});

describe('the organisation policy', () => {
  it('is empty when managed storage throws, as in Firefox', async () => {
    await fakeBrowser.storage.managed.set({ lockConsent: true });
    vi.spyOn(fakeBrowser.storage.managed, 'get').mockRejectedValue(
      new Error('Managed storage manifest not found'),
    );

    expect(await readPolicy()).toEqual({});
  });

  it('is empty when no policy is installed', async () => {
    expect(await readPolicy()).toEqual({});
  });

  it('wins over the person’s choice', async () => {
    await saveConsent({ usageAnalytics: true });
    await fakeBrowser.storage.managed.set({ forceAnalyticsOff: true });
    const effective = await readEffectiveConsent();

    expect(effective.usageAnalytics.value).toBe(false);
    expect(effective.usageAnalytics.lock).toBeTruthy();
  });

  it('refuses to save a locked choice', async () => {
    await fakeBrowser.storage.managed.set({ lockConsent: true });

    await expect(saveConsent({ usageAnalytics: true })).rejects.toThrow(
      PolicyLockError,
    );
    expect((await readConsent()).usageAnalytics).toBe(false);
  });

  it('tells watching pages when the administrator changes it', async () => {
    const onChange = vi.fn();
    watchPolicy(onChange);
    await fakeBrowser.storage.managed.set({ disableExport: true });

    expect(onChange).toHaveBeenCalledTimes(1);
  });
});

describe('the settings', () => {
  it('start at the defaults', async () => {
    expect(await readSettings()).toEqual({
      theme: 'system',
      autoLockMinutes: 15,
      clipboardClearSeconds: 30,
    });
  });

  it('save a valid change and keep the rest', async () => {
    await saveSettings({ theme: 'dark' });
    await saveSettings({ clipboardClearSeconds: 90 });

    expect(await readSettings()).toEqual({
      theme: 'dark',
      autoLockMinutes: 15,
      clipboardClearSeconds: 90,
    });
  });

  it('refuse a value out of range and save nothing', async () => {
    await expect(saveSettings({ autoLockMinutes: 0 })).rejects.toThrow(
      SettingsError,
    );
    expect(await fakeBrowser.storage.sync.get(null)).toEqual({});
  });

  it('refuse an auto-lock the policy sets', async () => {
    await fakeBrowser.storage.managed.set({ autoLockMinutes: 5 });

    await expect(saveSettings({ autoLockMinutes: 10 })).rejects.toThrow(
      PolicyLockError,
    );
    await saveSettings({ theme: 'light' });
    expect((await readSettings()).theme).toBe('light');
  });
});
