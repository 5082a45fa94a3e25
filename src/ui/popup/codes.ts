import { generateCode, secondsRemaining } from '../../otp';
import type { Account } from '../../vault';

const cache = new Map<string, string>();

/** The current code of a time-based account, computed once per time step. */
export function currentCode(account: Account, now: number): string {
  const step = Math.floor(now / 1000 / account.period);
  const key = `${account.id}:${account.updatedAt}:${step}`;
  let code = cache.get(key);
  if (code === undefined) {
    code = generateCode(account, now);
    if (cache.size > 5000) cache.clear();
    cache.set(key, code);
  }

  return code;
}

/** Seconds until the code of a time-based account changes. */
export function secondsLeft(account: Account, now: number): number {
  return secondsRemaining(account.period, now);
}
