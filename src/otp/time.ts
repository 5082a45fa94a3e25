/** The RFC 6238 time step (T) that `now` falls in, counted from the epoch. */
export function timeStep(period: number, now: number = Date.now()): number {
  // Plain division, not bitwise operators: T passes 2^32 long before
  // the seconds do, and `| 0` would wrap it (RFC 6238, section 4).
  return Math.floor(now / 1000 / period);
}

/** Whole seconds until the next time step, from `period` down to 1. */
export function secondsRemaining(
  period: number,
  now: number = Date.now(),
): number {
  const periodMs = period * 1000;
  const elapsedMs = ((now % periodMs) + periodMs) % periodMs;

  return Math.ceil((periodMs - elapsedMs) / 1000);
}
