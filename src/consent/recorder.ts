import type { EffectiveConsent } from './effective';
import {
  findEventCategory,
  isAnalyticsEvent,
  type AnalyticsEvent,
} from './events';
import {
  appendEntry,
  createEntry,
  parseQueue,
  QUEUE_KEY,
  serializeQueue,
  type WaitingEvent,
} from './queue';
import { readStored, watchStored, writeStored } from './storage';
import { readEffectiveConsent } from './store';

/** What happened to the waiting events when Twostep tried to send them. */
export type FlushOutcome =
  | { status: 'sent'; count: number }
  | { status: 'nothing-to-send' }
  | { status: 'no-collector' }
  | { status: 'failed'; httpStatus: number | null };

function isAllowed(event: AnalyticsEvent, consent: EffectiveConsent) {
  return consent[findEventCategory(event)].value;
}

/** The events waiting on this device to be sent, oldest first. */
export async function readWaitingEvents(): Promise<WaitingEvent[]> {
  return parseQueue(await readStored('local', QUEUE_KEY));
}

async function writeWaitingEvents(events: WaitingEvent[]): Promise<void> {
  await writeStored('local', QUEUE_KEY, serializeQueue(events));
}

/** Deletes every waiting event on this device. */
export async function clearWaitingEvents(): Promise<void> {
  await writeWaitingEvents([]);
}

/** Calls onChange when the waiting events change on any Twostep page. */
export function watchWaitingEvents(onChange: () => void): () => void {
  return watchStored('local', QUEUE_KEY, onChange);
}

/**
 * Queues an event to send later, only if the person allowed its category
 * and the policy does not forbid it; otherwise does nothing. Never throws:
 * analytics must not break what the person was doing.
 */
export async function recordEvent(event: AnalyticsEvent): Promise<void> {
  // A value forced past the types could carry free text: never keep it.
  if (!isAnalyticsEvent(event)) return;

  try {
    if (!isAllowed(event, await readEffectiveConsent())) return;

    const queue = await readWaitingEvents();
    const entry = createEntry(event, Date.now());
    await writeWaitingEvents(appendEntry(queue, entry));
  } catch {
    // Losing one event is harmless; failing the person's action is not.
  }
}

async function postEvents(url: string, events: AnalyticsEvent[]) {
  return fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ version: 1, events }),
    credentials: 'omit',
    referrerPolicy: 'no-referrer',
    cache: 'no-store',
  });
}

/**
 * Deletes the waiting events whose category is no longer allowed, so an
 * event recorded before the person said no is never sent.
 */
export async function dropDisallowedEvents(
  consent?: EffectiveConsent,
): Promise<WaitingEvent[]> {
  const current = consent ?? (await readEffectiveConsent());
  const queue = await readWaitingEvents();
  const allowed = queue.filter((entry) => isAllowed(entry.event, current));
  if (allowed.length < queue.length) await writeWaitingEvents(allowed);

  return allowed;
}

/**
 * Sends the waiting events the person still allows to the collector, and
 * removes them once it accepts. Events no longer allowed are dropped
 * unsent. With no collector address, nothing is sent or dropped.
 */
export async function flushEvents(): Promise<FlushOutcome> {
  const consent = await readEffectiveConsent();
  const url = consent.collectorUrl.value;
  if (!url) return { status: 'no-collector' };

  const allowed = await dropDisallowedEvents(consent);
  if (allowed.length === 0) return { status: 'nothing-to-send' };

  let response: Response;
  try {
    response = await postEvents(
      url,
      allowed.map((entry) => entry.event),
    );
  } catch {
    // Offline or refused: the events wait for the next try.
    return { status: 'failed', httpStatus: null };
  }
  if (!response.ok) return { status: 'failed', httpStatus: response.status };

  const sentIds = new Set(allowed.map((entry) => entry.id));
  const rest = await readWaitingEvents();
  await writeWaitingEvents(rest.filter((entry) => !sentIds.has(entry.id)));

  return { status: 'sent', count: allowed.length };
}
