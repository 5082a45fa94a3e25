import { describe, expect } from 'vitest';
import { itAccepts, KEY, TOTP, type AcceptedRow } from './accepted';

const secrets: AcceptedRow[] = [
  {
    name: 'a lower-case secret',
    text: `${TOTP}/Acme:a?secret=${KEY.toLowerCase()}`,
    fields: { secret: KEY },
  },
  {
    name: '= padding',
    text: `${TOTP}/Acme:a?secret=${KEY}GE======`,
    fields: { secret: `${KEY}GE` },
  },
  {
    name: '%3D padding',
    text: `${TOTP}/Acme:a?secret=${KEY}GE%3D%3D%3D%3D%3D%3D`,
    fields: { secret: `${KEY}GE` },
  },
  {
    name: 'a secret in groups of four with spaces',
    text: `${TOTP}/Acme:a?secret=JBSW%20Y3DP+EHPK%203PXP`,
    fields: { secret: KEY },
  },
  {
    name: 'a secret in groups of four with hyphens',
    text: `${TOTP}/Acme:a?secret=jbsw-y3dp-ehpk-3pxp`,
    fields: { secret: KEY },
  },
  {
    name: 'a 40-bit secret, with a warning',
    text: `${TOTP}/Acme:a?secret=JBSWY3DP`,
    fields: { secret: 'JBSWY3DP', warnings: [expect.stringMatching(/40/)] },
  },
  {
    name: 'a 512-bit secret',
    text: `${TOTP}/Acme:a?secret=${KEY.repeat(7).slice(0, 103)}`,
    fields: { secret: KEY.repeat(7).slice(0, 103) },
  },
];

const parameters: AcceptedRow[] = [
  {
    name: 'algorithm=SHA-256',
    text: `${TOTP}/Acme:a?secret=${KEY}&algorithm=SHA-256`,
    fields: { algorithm: 'SHA256' },
  },
  {
    name: 'a lower-case algorithm',
    text: `${TOTP}/Acme:a?secret=${KEY}&algorithm=sha512`,
    fields: { algorithm: 'SHA512' },
  },
  {
    name: '8 digits and a 60 s period',
    text: `${TOTP}/Acme:a?secret=${KEY}&digits=8&period=60`,
    fields: { digits: 8, period: 60 },
  },
  {
    name: '7 digits and a 15 s period',
    text: `${TOTP}/Acme:a?secret=${KEY}&digits=7&period=15`,
    fields: { digits: 7, period: 15 },
  },
  {
    name: 'HOTP without a counter',
    text: `otpauth://hotp/Acme:a?secret=${KEY}`,
    fields: { kind: 'hotp', counter: 0 },
  },
  {
    name: 'HOTP with a counter',
    text: `otpauth://hotp/Acme:a?secret=${KEY}&counter=42&digits=8`,
    fields: { kind: 'hotp', counter: 42, digits: 8 },
  },
];

const shapes: AcceptedRow[] = [
  {
    name: 'white space around the text',
    text: `  \n${TOTP}/Acme:a?secret=${KEY}\r\n `,
    fields: { issuer: 'Acme', secret: KEY },
  },
  {
    name: 'a trailing &',
    text: `${TOTP}/Acme:a?secret=${KEY}&issuer=Acme&`,
    fields: { issuer: 'Acme', secret: KEY },
  },
  {
    name: 'a #fragment',
    text: `${TOTP}/Acme:a?secret=${KEY}&digits=8#section-2`,
    fields: { digits: 8, secret: KEY },
  },
  {
    name: 'identical duplicate parameters',
    text: `${TOTP}/Acme:a?secret=${KEY}&digits=6&secret=${KEY}&digits=6`,
    fields: { secret: KEY, digits: 6 },
  },
  {
    name: 'unknown parameters such as image and color',
    text:
      `${TOTP}/Acme:a?secret=${KEY}&image=https%3A%2F%2Fexample.com%2F` +
      'logo.png&color=ff0000&foo',
    fields: { secret: KEY, issuer: 'Acme' },
  },
  {
    name: 'upper-case scheme, type and parameter names',
    text: `OTPAUTH://TOTP/Acme:a?SECRET=${KEY}&Digits=8`,
    fields: { kind: 'totp', secret: KEY, digits: 8 },
  },
  {
    name: '&amp; copied out of HTML source',
    text: `${TOTP}/Acme:a?secret=${KEY}&amp;issuer=Acme&amp;digits=8`,
    fields: { issuer: 'Acme', digits: 8 },
  },
];

const steam: AcceptedRow[] = [
  {
    name: 'Steam marked by encoder=steam',
    text: `${TOTP}/Steam:gaben?secret=${KEY}&issuer=Steam&encoder=steam`,
    fields: { kind: 'steam', digits: 5, accountName: 'gaben' },
  },
  {
    name: 'Steam as its own type',
    text: `otpauth://steam/Steam:gaben?secret=${KEY}`,
    fields: { kind: 'steam', digits: 5, issuer: 'Steam' },
  },
  {
    name: 'a steam:// link',
    text: `steam://${KEY}`,
    fields: { kind: 'steam', digits: 5, issuer: 'Steam', secret: KEY },
  },
  {
    name: 'Steam marked by issuer and 5 digits',
    text: `${TOTP}/Steam:gaben?secret=${KEY}&issuer=Steam&digits=5`,
    fields: { kind: 'steam', digits: 5 },
  },
  {
    name: 'Steam marked by issuer alone, its other parameters ignored',
    text: `${TOTP}/gaben?secret=${KEY}&issuer=steam&algorithm=SHA256`,
    fields: { kind: 'steam', digits: 5, algorithm: 'SHA1', period: 30 },
  },
  {
    name: 'issuer Steam asking for 6 digits stays TOTP',
    text: `${TOTP}/gaben?secret=${KEY}&issuer=Steam&digits=6`,
    fields: { kind: 'totp', digits: 6 },
  },
];

describe('readOtpauthUri reads secrets', () => itAccepts(secrets));
describe('readOtpauthUri reads parameters', () => itAccepts(parameters));
describe('readOtpauthUri reads untidy URIs', () => itAccepts(shapes));
describe('readOtpauthUri recognises Steam', () => itAccepts(steam));
