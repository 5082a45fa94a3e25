import { OtpUriError } from './errors';
import { messages } from './messages';
import { readOtpauthBody } from './otpauth';
import { decodePercent } from './percent';
import { readSecret } from './secret';
import { makeSteamDraft } from './steam-draft';
import type { AccountDraft } from './types';

/** What reading scanned or pasted text gave: an account, or why not. */
export type ReadResult =
  { ok: true; account: AccountDraft } | { ok: false; error: OtpUriError };

// Steam's own links (steam://run/730, steam://friends) share the scheme;
// a Steam Guard secret is one base32 run of at least 80 bits.
const STEAM_SECRET = /^[A-Za-z2-7=\s-]{16,}$/;

function readSteamLink(rest: string): AccountDraft {
  const payload = rest.replace(/^\/+/, '').split(/[?#]/)[0] ?? '';
  const decoded = decodePercent(payload);

  if (!STEAM_SECRET.test(decoded)) {
    throw new OtpUriError('vendor-link', messages.vendorLink);
  }

  const { secret, warnings } = readSecret(decoded);

  return makeSteamDraft({ issuer: 'Steam', accountName: '', secret, warnings });
}

function rejectForeign(scheme: string | undefined, rest: string): never {
  if (scheme === 'http' || scheme === 'https') {
    throw new OtpUriError('not-otpauth', messages.webLink);
  }

  // Vendor apps register `name://` links; "WIFI:" or "BEGIN:VCARD" are
  // other QR formats, not links.
  if (scheme !== undefined && rest.startsWith('//')) {
    throw new OtpUriError('vendor-link', messages.vendorLink);
  }

  throw new OtpUriError('not-otpauth', messages.plainText);
}

function readAccount(text: string): AccountDraft {
  const match = /^([a-z][a-z\d+.-]*):(.*)$/is.exec(text.trim());
  const scheme = match?.[1]?.toLowerCase();
  const rest = match?.[2] ?? '';

  switch (scheme) {
    case 'otpauth':
      return readOtpauthBody(rest);
    case 'steam':
      return readSteamLink(rest);
    case 'otpauth-migration':
      throw new OtpUriError('migration', messages.migration);
    default:
      return rejectForeign(scheme, rest);
  }
}

/**
 * Reads an otpauth Key URI as real QR codes write it, including the
 * malformed ones, plus Steam links. Unknown parameters are ignored and
 * nothing is ever fetched.
 */
export function readOtpauthUri(text: string): ReadResult {
  try {
    return { ok: true, account: readAccount(text) };
  } catch (error) {
    if (error instanceof OtpUriError) {
      return { ok: false, error };
    }

    throw error;
  }
}
