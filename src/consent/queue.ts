import { isAnalyticsEvent, type AnalyticsEvent } from './events';

/** The storage.local key that holds the waiting events. */
export const QUEUE_KEY = 'analyticsQueue';

/** Bumped when the stored shape changes; other versions are discarded. */
export const QUEUE_VERSION = 1;

/** The most events kept waiting; older ones are dropped first. */
export const QUEUE_LIMIT = 500;

const HOUR = 60 * 60 * 1000;

/** An event waiting to be sent, as the person can see it. */
export interface WaitingEvent {
  /** Tells entries apart locally; never sent. */
  id: number;
  /** The start of the hour it happened in; finer times are not kept. */
  hour: number;
  event: AnalyticsEvent;
}

function isWaitingEvent(value: unknown): value is WaitingEvent {
  if (typeof value !== 'object' || value === null) return false;

  const { id, hour, event } = value as Record<string, unknown>;

  return (
    Number.isSafeInteger(id) &&
    Number.isSafeInteger(hour) &&
    isAnalyticsEvent(event)
  );
}

/** The waiting events in a stored record, dropping any that do not fit. */
export function parseQueue(raw: unknown): WaitingEvent[] {
  if (typeof raw !== 'object' || raw === null) return [];

  const record = raw as Record<string, unknown>;
  if (record.version !== QUEUE_VERSION) return [];
  if (!Array.isArray(record.events)) return [];

  return record.events.filter(isWaitingEvent);
}

/** The record to store for these waiting events. */
export function serializeQueue(events: WaitingEvent[]) {
  return { version: QUEUE_VERSION, events };
}

/** A new waiting entry for an event that happened at `now`. */
export function createEntry(event: AnalyticsEvent, now: number): WaitingEvent {
  const [id = 0] = crypto.getRandomValues(new Uint32Array(1));

  return { id, hour: Math.floor(now / HOUR) * HOUR, event };
}

/** The queue with one more entry, keeping at most QUEUE_LIMIT. */
export function appendEntry(
  queue: WaitingEvent[],
  entry: WaitingEvent,
): WaitingEvent[] {
  return [...queue, entry].slice(-QUEUE_LIMIT);
}
