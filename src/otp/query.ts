import { OtpUriError } from './errors';
import { describeDuplicate } from './messages';
import { decodePercent } from './percent';

// Parameters that change the account. Others (`image`, `color`, ...) are
// dropped here, so nothing downstream can be led to fetch their URLs.
const KNOWN_PARAMETERS = new Set([
  'secret',
  'issuer',
  'algorithm',
  'digits',
  'period',
  'counter',
  'encoder',
]);

function decodeValue(raw: string): string {
  // Server libraries write a space as `+` (form encoding); a real plus
  // arrives as `%2B`, so turning `+` into a space first is safe.
  return decodePercent(raw.replace(/\+/g, ' ')).trim();
}

function decodeName(raw: string): string {
  const name = decodePercent(raw).trim().toLowerCase();

  // `&amp;` left over when the URI was copied out of HTML source.
  return name.replace(/^amp;/, '');
}

/** The known parameters of a query string, decoded and trimmed. */
export function readQuery(query: string): Map<string, string> {
  const parameters = new Map<string, string>();

  for (const pair of query.split('&')) {
    const equals = pair.indexOf('=');
    const hasValue = equals !== -1;
    const name = decodeName(hasValue ? pair.slice(0, equals) : pair);

    if (!KNOWN_PARAMETERS.has(name)) {
      continue;
    }

    const value = hasValue ? decodeValue(pair.slice(equals + 1)) : '';
    const earlier = parameters.get(name);

    if (earlier !== undefined && earlier !== value) {
      throw new OtpUriError(
        'duplicate-parameter',
        describeDuplicate(name),
        name,
      );
    }

    parameters.set(name, value);
  }

  return parameters;
}
