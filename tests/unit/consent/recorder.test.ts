import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  clearWaitingEvents,
  flushEvents,
  readWaitingEvents,
  recordEvent,
  saveConsent,
  type AnalyticsEvent,
} from '../../../src/consent';
import { QUEUE_LIMIT } from '../../../src/consent/queue';

const COPIED: AnalyticsEvent = { name: 'code-copied', kind: 'totp' };
const FAILED: AnalyticsEvent = { name: 'error', kind: 'scan-failed' };
const COLLECTOR = 'https://collector.example/events';

function spyOnFetch(status = 204) {
  return vi
    .spyOn(globalThis, 'fetch')
    .mockResolvedValue(new Response(null, { status }));
}

async function waitingNames() {
  return (await readWaitingEvents()).map((entry) => entry.event.name);
}

beforeEach(() => {
  fakeBrowser.reset();
});

describe('recording an event', () => {
  it('does nothing by default', async () => {
    await recordEvent(COPIED);
    await recordEvent(FAILED);

    expect(await readWaitingEvents()).toEqual([]);
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
  });

  it('queues only the categories the person allowed', async () => {
    await saveConsent({ usageAnalytics: true });
    await recordEvent(COPIED);
    await recordEvent(FAILED);

    expect(await waitingNames()).toEqual(['code-copied']);
  });

  it('keeps only the hour the event happened in', async () => {
    await saveConsent({ errorReports: true });
    await recordEvent(FAILED);
    const [entry] = await readWaitingEvents();

    expect(entry?.event).toEqual(FAILED);
    expect(entry!.hour % (60 * 60 * 1000)).toBe(0);
  });

  it('queues nothing when the policy forces analytics off', async () => {
    await saveConsent({ usageAnalytics: true, errorReports: true });
    await fakeBrowser.storage.managed.set({ forceAnalyticsOff: true });
    await recordEvent(COPIED);
    await recordEvent(FAILED);

    expect(await readWaitingEvents()).toEqual([]);
  });

  it('drops an event carrying free text forced past the types', async () => {
    await saveConsent({ usageAnalytics: true });
    const forged = { name: 'code-copied', kind: 'totp', issuer: 'GitHub' };
    await recordEvent(forged as unknown as AnalyticsEvent);

    expect(await readWaitingEvents()).toEqual([]);
  });

  it('never throws when storage fails', async () => {
    await saveConsent({ usageAnalytics: true });
    vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValue(
      new Error('QUOTA_BYTES quota exceeded'),
    );

    await expect(recordEvent(COPIED)).resolves.toBeUndefined();
  });

  it('keeps at most the newest events', async () => {
    await saveConsent({ usageAnalytics: true });
    const old = Array.from({ length: QUEUE_LIMIT }, (_, id) => ({
      id,
      hour: 0,
      event: COPIED,
    }));
    await fakeBrowser.storage.local.set({
      analyticsQueue: { version: 1, events: old },
    });
    await recordEvent({ name: 'scan-none', source: 'page' });
    const waiting = await readWaitingEvents();

    expect(waiting).toHaveLength(QUEUE_LIMIT);
    expect(waiting.at(-1)?.event.name).toBe('scan-none');
  });

  it('lets the person clear what is waiting', async () => {
    await saveConsent({ usageAnalytics: true });
    await recordEvent(COPIED);
    await clearWaitingEvents();

    expect(await readWaitingEvents()).toEqual([]);
  });

  it('skips stored entries that do not fit the event list', async () => {
    await fakeBrowser.storage.local.set({
      analyticsQueue: {
        version: 1,
        events: [
          { id: 1, hour: 0, event: COPIED },
          { id: 2, hour: 0, event: { name: 'code-copied', kind: 'Bank' } },
          'junk',
        ],
      },
    });

    expect(await waitingNames()).toEqual(['code-copied']);
  });
});

describe('sending the waiting events', () => {
  it('sends nothing without a collector address', async () => {
    const fetch = spyOnFetch();
    await saveConsent({ usageAnalytics: true, errorReports: true });
    await recordEvent(COPIED);

    expect(await flushEvents()).toEqual({ status: 'no-collector' });
    expect(fetch).not.toHaveBeenCalled();
    expect(await waitingNames()).toEqual(['code-copied']);
  });

  it('posts the queue to the collector and empties it', async () => {
    const fetch = spyOnFetch();
    await saveConsent({
      usageAnalytics: true,
      errorReports: true,
      collectorUrl: COLLECTOR,
    });
    await recordEvent(COPIED);
    await recordEvent(FAILED);

    expect(await flushEvents()).toEqual({ status: 'sent', count: 2 });
    expect(fetch).toHaveBeenCalledTimes(1);
    const [url, init] = fetch.mock.calls[0]!;
    expect(url).toBe(COLLECTOR);
    expect(init).toMatchObject({ method: 'POST', credentials: 'omit' });
    expect(JSON.parse(String(init?.body))).toEqual({
      version: 1,
      events: [COPIED, FAILED],
    });
    expect(await readWaitingEvents()).toEqual([]);
  });

  it('sends to the organisation’s collector when it sets one', async () => {
    const fetch = spyOnFetch();
    await saveConsent({ usageAnalytics: true });
    await fakeBrowser.storage.managed.set({
      collectorUrl: 'https://org.example/collect',
    });
    await recordEvent(COPIED);
    await flushEvents();

    expect(fetch.mock.calls[0]?.[0]).toBe('https://org.example/collect');
  });

  it('keeps the events when the collector refuses them', async () => {
    spyOnFetch(503);
    await saveConsent({ usageAnalytics: true, collectorUrl: COLLECTOR });
    await recordEvent(COPIED);

    expect(await flushEvents()).toEqual({ status: 'failed', httpStatus: 503 });
    expect(await waitingNames()).toEqual(['code-copied']);
  });

  it('keeps the events when the network fails', async () => {
    vi.spyOn(globalThis, 'fetch').mockRejectedValue(new TypeError('offline'));
    await saveConsent({ usageAnalytics: true, collectorUrl: COLLECTOR });
    await recordEvent(COPIED);

    expect(await flushEvents()).toEqual({ status: 'failed', httpStatus: null });
    expect(await waitingNames()).toEqual(['code-copied']);
  });

  it('drops unsent what the person no longer allows', async () => {
    const fetch = spyOnFetch();
    await saveConsent({
      usageAnalytics: true,
      errorReports: true,
      collectorUrl: COLLECTOR,
    });
    await recordEvent(COPIED);
    await recordEvent(FAILED);
    await saveConsent({ usageAnalytics: false });
    await flushEvents();

    const body = JSON.parse(String(fetch.mock.calls[0]?.[1]?.body));
    expect(body.events).toEqual([FAILED]);
    expect(await readWaitingEvents()).toEqual([]);
  });

  it('sends nothing when nothing is waiting', async () => {
    const fetch = spyOnFetch();
    await saveConsent({ usageAnalytics: true, collectorUrl: COLLECTOR });

    expect(await flushEvents()).toEqual({ status: 'nothing-to-send' });
    expect(fetch).not.toHaveBeenCalled();
  });
});
