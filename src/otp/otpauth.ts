import { OtpUriError } from './errors';
import { readAccountNames } from './label';
import { messages } from './messages';
import {
  readAlgorithm,
  readCounter,
  readDigits,
  readPeriod,
} from './parameters';
import { decodePercent } from './percent';
import { readQuery } from './query';
import { normaliseSecret, readSecret } from './secret';
import { makeSteamDraft } from './steam-draft';
import type { AccountDraft } from './types';

function splitBody(body: string): { path: string; query: string } {
  const question = body.indexOf('?');

  // A `#` before the query is taken as part of the label ("Team #2"),
  // since treating it as a fragment would drop the secret with it.
  if (question === -1) {
    return { path: body.split('#')[0] ?? '', query: '' };
  }

  const query = body.slice(question + 1).split('#')[0] ?? '';

  return { path: body.slice(0, question), query };
}

// Tools mark Steam Guard accounts by type, by `encoder` or by issuer.
function isSteam(
  type: string,
  parameters: Map<string, string>,
  issuer: string,
): boolean {
  const encoder = parameters.get('encoder') ?? '';

  if (type === 'steam' || encoder.toLowerCase() === 'steam') {
    return true;
  }

  // Issuer "Steam" alone: Steam offers no RFC 6238 codes, so a TOTP for
  // it is a Steam Guard code unless it explicitly asks for 6-8 digits.
  const digits = parameters.get('digits') ?? '';
  const isSteamLength = digits === '' || digits === '5';

  return type === 'totp' && issuer.toLowerCase() === 'steam' && isSteamLength;
}

/** An account from what follows `otpauth:` in a Key URI. */
export function readOtpauthBody(body: string): AccountDraft {
  const { path, query } = splitBody(body.replace(/^\/+/, ''));
  const slash = path.indexOf('/');
  const type = (slash === -1 ? path : path.slice(0, slash)).toLowerCase();

  if (!['totp', 'hotp', 'steam'].includes(type)) {
    throw new OtpUriError('unsupported-type', messages.unsupportedType);
  }

  const parameters = readQuery(query);
  const rawSecret = parameters.get('secret') ?? '';

  if (normaliseSecret(rawSecret) === '') {
    throw new OtpUriError('missing-secret', messages.missingSecret, 'secret');
  }

  const { secret, warnings } = readSecret(rawSecret);
  const label = decodePercent(slash === -1 ? '' : path.slice(slash + 1));
  const names = readAccountNames(label, parameters.get('issuer'));
  const allWarnings = [...warnings, ...names.warnings];
  const named = { ...names, secret, warnings: allWarnings };

  if (isSteam(type, parameters, names.issuer)) {
    return makeSteamDraft(named);
  }

  const algorithm = readAlgorithm(parameters.get('algorithm'));
  const digits = readDigits(parameters.get('digits'));

  if (type === 'hotp') {
    const counter = readCounter(parameters.get('counter'));

    return { ...named, kind: 'hotp', algorithm, digits, period: 30, counter };
  }

  const period = readPeriod(parameters.get('period'));

  return { ...named, kind: 'totp', algorithm, digits, period, counter: 0 };
}
