/** Loopback hosts may take plain http: nothing crosses the network. */
const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);

/** A collector address that cannot be used, with a message saying why. */
export class CollectorUrlError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CollectorUrlError';
  }
}

/**
 * The collector address as Twostep stores it, or a CollectorUrlError that
 * says how to fix it. Only https, or http to this computer, is accepted.
 */
export function checkCollectorUrl(text: string): string {
  let url: URL;
  try {
    url = new URL(text.trim());
  } catch {
    throw new CollectorUrlError(
      'That is not a web address. Use one like ' +
        'https://collector.example.com/events.',
    );
  }

  const isLoopback =
    url.protocol === 'http:' && LOOPBACK_HOSTS.has(url.hostname);
  if (url.protocol !== 'https:' && !isLoopback) {
    throw new CollectorUrlError(
      'The collector address must start with https://.',
    );
  }
  if (url.username || url.password) {
    throw new CollectorUrlError(
      'Leave the user name and password out of the collector address.',
    );
  }

  return url.href;
}

/** The collector address if it is usable, else null. */
export function readCollectorUrl(value: unknown): string | null {
  if (typeof value !== 'string' || value === '') return null;

  try {
    return checkCollectorUrl(value);
  } catch {
    // Stored data that no longer passes is treated as no collector at all.
    return null;
  }
}
