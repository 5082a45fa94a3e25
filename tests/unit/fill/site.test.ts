// @vitest-environment happy-dom
import { domainToUnicode } from 'node:url';
import { describe, expect, it } from 'vitest';
import { displaySite, isSiteBound, siteOf } from '../../../src/fill';
import { decodePunycode } from '../../../src/fill/punycode';

describe('siteOf', () => {
  it.each([
    ['https://github.com/login', 'github.com'],
    ['https://a.b.example.co.uk/x', 'example.co.uk'],
    ['https://GitHub.COM./session', 'github.com'],
    ['https://alice.github.io/', 'alice.github.io'],
    ['https://bücher.example/', 'xn--bcher-kva.example'],
    ['https://login.xn--bcher-kva.example/', 'xn--bcher-kva.example'],
    ['https://203.0.113.9:8443/', '203.0.113.9'],
    ['https://[2001:db8::1]/', '[2001:db8::1]'],
    ['https://localhost/', 'localhost'],
    ['http://127.0.0.1:4321/demo', '127.0.0.1'],
    ['http://localhost:3000/', 'localhost'],
    ['http://evil.com/', null],
    ['http://10.0.0.1/', null],
    ['http://app.localhost/', null],
    ['ftp://example.com/', null],
    ['file:///home/me/page.html', null],
    ['https://co.uk/', null],
    ['not a url', null],
  ])('gives %s the site %s', (url, site) => {
    expect(siteOf(url)).toBe(site);
  });
});

describe('isSiteBound', () => {
  it('binds a subdomain to its registrable domain', () => {
    expect(isSiteBound('https://login.example.com/', ['example.com'])).toBe(
      true,
    );
  });

  it('does not bind a look-alike domain', () => {
    expect(isSiteBound('https://examp1e.com/', ['example.com'])).toBe(false);
    expect(isSiteBound('https://example.com.evil.net/', ['example.com'])).toBe(
      false,
    );
  });

  it('does not bind a sibling under a private suffix', () => {
    expect(isSiteBound('https://mallory.github.io/', ['alice.github.io'])).toBe(
      false,
    );
  });

  it('does not bind plain http to an https site', () => {
    expect(isSiteBound('http://example.com/', ['example.com'])).toBe(false);
  });

  it('matches a site saved in Unicode or upper case', () => {
    const url = 'https://www.xn--bcher-kva.example/';

    expect(isSiteBound(url, ['Bücher.example'])).toBe(true);
    expect(isSiteBound('https://github.com/', ['GITHUB.COM'])).toBe(true);
  });

  it('binds nothing without sites', () => {
    expect(isSiteBound('https://github.com/', [])).toBe(false);
  });
});

describe('displaySite', () => {
  it.each([
    ['xn--bcher-kva.example', 'bücher.example'],
    ['xn--mnchen-3ya.de', 'münchen.de'],
    ['xn--wgv71a119e.jp', '日本語.jp'],
    ['github.com', 'github.com'],
    ['xn--broken!.com', 'xn--broken!.com'],
  ])('shows %s as %s', (site, shown) => {
    expect(displaySite(site)).toBe(shown);
  });
});

describe('decodePunycode', () => {
  // Node's own IDNA decoder is the reference.
  it.each(['xn--ihqwcrb4cv8a8dqg056pqjye', 'xn--80ak6aa92e', 'xn--nxasmq6b'])(
    'decodes %s as Node does',
    (label) => {
      const decoded = decodePunycode(label.slice('xn--'.length));

      expect(decoded).toBe(domainToUnicode(label));
    },
  );

  it('rejects labels that are not Punycode', () => {
    expect(decodePunycode('abc-!!')).toBeNull();
    expect(decodePunycode('99999999999')).toBeNull();
  });
});
