import { getDomain, parse } from 'tldts';
import { decodePunycode } from './punycode';

// Plain http is trusted only for a site on this machine.
const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1']);
const PUNYCODE_PREFIX = 'xn--';

/** The registrable domain (eTLD+1) of a URL, or null where codes never go. */
export function siteOf(url: string): string | null {
  const parsed = parseUrl(url);
  if (!parsed) {
    return null;
  }

  // The URL parser has already lower-cased the host and turned it to
  // Punycode; a trailing dot names the same host.
  const host = parsed.hostname.replace(/\.$/, '');
  if (parsed.protocol === 'http:') {
    return LOCAL_HOSTS.has(host) ? host : null;
  }

  if (parsed.protocol !== 'https:') {
    return null;
  }

  if (LOCAL_HOSTS.has(host) || parse(host).isIp) {
    return host;
  }

  return getDomain(host, { allowPrivateDomains: true });
}

/** Whether the URL's site is one of the sites the account is bound to. */
export function isSiteBound(url: string, sites: string[]): boolean {
  const site = siteOf(url);

  return site !== null && sites.some((bound) => normalizeSite(bound) === site);
}

/** A site as a person reads it: Unicode where the name is Punycode. */
export function displaySite(site: string): string {
  return site
    .split('.')
    .map((label) => {
      const isEncoded = label.toLowerCase().startsWith(PUNYCODE_PREFIX);
      const decoded = isEncoded
        ? decodePunycode(label.slice(PUNYCODE_PREFIX.length))
        : null;

      return decoded ?? label;
    })
    .join('.');
}

function normalizeSite(site: string): string {
  return parseUrl(`https://${site}`)?.hostname.replace(/\.$/, '') ?? site;
}

function parseUrl(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    // Not a URL at all, so there is no site to bind or fill.
    return null;
  }
}
