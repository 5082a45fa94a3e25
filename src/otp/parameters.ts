import { OtpUriError } from './errors';
import { messages } from './messages';
import type { HashAlgorithm } from './types';

function readWholeNumber(value: string): number | undefined {
  const number = Number(value);
  const isWhole = /^\d+$/.test(value) && Number.isSafeInteger(number);

  return isWhole ? number : undefined;
}

function reject(parameter: string, message: string): never {
  throw new OtpUriError('bad-parameter', message, parameter);
}

/** The hash from `algorithm`, accepting "sha-256" and "HMAC-SHA256" too. */
export function readAlgorithm(value = ''): HashAlgorithm {
  const compact = value.toUpperCase().replace(/[\s_-]/g, '');
  const name = compact.replace(/^HMAC/, '');

  if (name === '' || name === 'SHA1') {
    return 'SHA1';
  }

  if (name === 'SHA256' || name === 'SHA512') {
    return name;
  }

  return reject('algorithm', messages.algorithm);
}

/** The code length from `digits`: 6 to 8, as RFC 4226 section 5.3 allows. */
export function readDigits(value = ''): number {
  if (value === '') {
    return 6;
  }

  const digits = readWholeNumber(value);
  const isAllowed = digits !== undefined && digits >= 6 && digits <= 8;

  return isAllowed ? digits : reject('digits', messages.digits);
}

/** Seconds per time step from `period`: any whole number above zero. */
export function readPeriod(value = ''): number {
  if (value === '') {
    return 30;
  }

  const period = readWholeNumber(value);
  const isAllowed = period !== undefined && period > 0;

  return isAllowed ? period : reject('period', messages.period);
}

/** The HOTP counter from `counter`; many sites leave it out, meaning 0. */
export function readCounter(value = ''): number {
  if (value === '') {
    return 0;
  }

  const counter = readWholeNumber(value);

  return counter ?? reject('counter', messages.counter);
}
