import { describe, expect, it } from 'vitest';
import { readOtpauthUri, type OtpUriReason } from '../../../src/otp';

const KEY = 'JBSWY3DPEHPK3PXP';

function totp(query: string): string {
  return `otpauth://totp/Acme:alice?${query}`;
}

function hotp(query: string): string {
  return `otpauth://hotp/Acme:alice?${query}`;
}

type Row = [
  name: string,
  text: string,
  reason: OtpUriReason,
  parameter?: string,
];

const foreign: Row[] = [
  ['an https link', 'https://example.com/2fa', 'not-otpauth'],
  ['plain text', 'Welcome to Acme', 'not-otpauth'],
  ['an empty text', '   ', 'not-otpauth'],
  ['a Wi-Fi code', 'WIFI:S:home;T:WPA;P:pass;;', 'not-otpauth'],
  ["a vendor's own app link", 'acmeauth://enroll?t=ab12', 'vendor-link'],
  ['a Steam store link', 'steam://run/730', 'vendor-link'],
  ['a short steam:// link', 'steam://friends', 'vendor-link'],
  ['an export', 'otpauth-migration://offline?data=CjEKCkhl', 'migration'],
  ['an unknown type', `otpauth://motp/A:a?secret=${KEY}`, 'unsupported-type'],
  ['no type', `otpauth://?secret=${KEY}`, 'unsupported-type'],
];

const secrets: Row[] = [
  ['no secret', totp('issuer=Acme'), 'missing-secret', 'secret'],
  ['an empty secret', totp('secret=&issuer=A'), 'missing-secret', 'secret'],
  ['only padding', totp('secret=%3D%3D'), 'missing-secret', 'secret'],
  ['a zero', totp('secret=JBSWY3DPEHPK3PX0'), 'bad-secret'],
  ['punctuation', totp('secret=JBSWY3DP!HPK3PXP'), 'bad-secret'],
  ['a NUL byte', totp('secret=JBSWY3DP%00'), 'bad-secret'],
  ['zero bytes', totp('secret=J'), 'bad-secret'],
  ['base64', totp('secret=SGVsbG8sIFdvcmxkIQ%3D%3D'), 'bad-secret'],
];

const parameters: Row[] = [
  ['MD5', totp(`secret=${KEY}&algorithm=MD5`), 'bad-parameter', 'algorithm'],
  ['5 digits', totp(`secret=${KEY}&digits=5`), 'bad-parameter', 'digits'],
  ['10 digits', totp(`secret=${KEY}&digits=10`), 'bad-parameter', 'digits'],
  ['"six" digits', totp(`secret=${KEY}&digits=six`), 'bad-parameter', 'digits'],
  ['a 0 s period', totp(`secret=${KEY}&period=0`), 'bad-parameter', 'period'],
  ['a -30 period', totp(`secret=${KEY}&period=-30`), 'bad-parameter', 'period'],
  ['counter -1', hotp(`secret=${KEY}&counter=-1`), 'bad-parameter', 'counter'],
  ['counter .5', hotp(`secret=${KEY}&counter=.5`), 'bad-parameter', 'counter'],
];

function duplicate(name: string, text: string, parameter: string): Row {
  return [name, text, 'duplicate-parameter', parameter];
}

const duplicates: Row[] = [
  duplicate('two secrets', totp(`secret=${KEY}&secret=GEZDGNBV`), 'secret'),
  duplicate('two lengths', totp(`secret=${KEY}&digits=6&digits=8`), 'digits'),
  duplicate('two issuers', totp(`issuer=A&secret=${KEY}&issuer=B`), 'issuer'),
];

const rows = [...foreign, ...secrets, ...parameters, ...duplicates];

function secretsIn(text: string): string[] {
  const values = [...text.matchAll(/secret=([^&#]+)/gi)];

  return values.map((match) => match[1] ?? '').filter((v) => v.length > 1);
}

describe('readOtpauthUri rejects', () => {
  it.each(rows)('%s', (_name, text, reason, parameter) => {
    const result = readOtpauthUri(text);

    expect(result.ok).toBe(false);
    if (result.ok) return;

    expect(result.error.reason).toBe(reason);
    expect(result.error.parameter).toBe(parameter);
  });

  it.each(rows)('%s, with a message that leaks nothing', (_name, text) => {
    const result = readOtpauthUri(text);
    const message = result.ok ? '' : result.error.message;

    expect(message.length).toBeGreaterThan(30);
    if (text.trim() !== '') {
      expect(message).not.toContain(text.trim());
    }
    for (const secret of [KEY, ...secretsIn(text)]) {
      expect(message).not.toContain(secret);
    }
  });

  it('sends users of a vendor link to the other-app option', () => {
    const result = readOtpauthUri('acmeauth://enroll?token=abc');
    const message = result.ok ? '' : result.error.message;

    expect(message).toMatch(/site's own app/);
    expect(message).toMatch(/another authenticator app/);
  });

  it('names the character that cannot be in a secret', () => {
    const result = readOtpauthUri(totp('secret=JBSWY3DPEHPK3PX0'));
    const message = result.ok ? '' : result.error.message;

    expect(message).toContain('"0"');
    expect(message).toContain('letter O');
  });

  it('never throws, whatever the text', () => {
    const texts = ['otpauth:', 'otpauth://', '%', '%E9', 'otpauth://totp/%'];

    for (const text of texts) {
      expect(readOtpauthUri(text).ok).toBe(false);
    }
  });
});
