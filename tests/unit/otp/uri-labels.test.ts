import { describe, expect, it } from 'vitest';
import { readOtpauthUri } from '../../../src/otp';
import { itAccepts, KEY, TOTP, type AcceptedRow } from './accepted';

const rows: AcceptedRow[] = [
  {
    name: 'the clean form',
    text: `${TOTP}/Acme:alice@example.com?secret=${KEY}&issuer=Acme`,
    fields: { issuer: 'Acme', accountName: 'alice@example.com' },
  },
  {
    name: 'issuer only in the label',
    text: `${TOTP}/Acme:alice?secret=${KEY}`,
    fields: { issuer: 'Acme', accountName: 'alice' },
  },
  {
    name: 'issuer only as a parameter',
    text: `${TOTP}/alice?secret=${KEY}&issuer=Acme`,
    fields: { issuer: 'Acme', accountName: 'alice' },
  },
  {
    name: 'a tenant in the label, the company in issuer',
    text: `${TOTP}/Contoso%20EU:bob?secret=${KEY}&issuer=Microsoft`,
    fields: {
      issuer: 'Microsoft',
      labelIssuer: 'Contoso EU',
      accountName: 'bob',
      warnings: [expect.stringContaining('"Contoso EU"')],
    },
  },
  {
    name: 'label and issuer differing only in case',
    text: `${TOTP}/ACME:alice?secret=${KEY}&issuer=Acme`,
    fields: { issuer: 'Acme', accountName: 'alice', warnings: [] },
  },
  {
    name: 'an encoded colon',
    text: `${TOTP}/Acme%3Aalice?secret=${KEY}`,
    fields: { issuer: 'Acme', accountName: 'alice' },
  },
  {
    name: 'an encoded space after the colon',
    text: `${TOTP}/Acme:%20alice?secret=${KEY}&issuer=Acme`,
    fields: { issuer: 'Acme', accountName: 'alice' },
  },
  {
    name: 'a plus for a space in issuer',
    text: `${TOTP}/Big%20Corp:alice?secret=${KEY}&issuer=Big+Corp`,
    fields: { issuer: 'Big Corp', accountName: 'alice' },
  },
  {
    name: 'a plus kept in the account name',
    text: `${TOTP}/Acme:alice+2fa@example.com?secret=${KEY}`,
    fields: { accountName: 'alice+2fa@example.com' },
  },
  {
    name: 'an empty account after the colon',
    text: `${TOTP}/Acme:?secret=${KEY}&issuer=Acme`,
    fields: { issuer: 'Acme', accountName: '' },
  },
  {
    name: 'a label that is only the issuer',
    text: `${TOTP}/Acme?secret=${KEY}&issuer=Acme`,
    fields: { issuer: 'Acme', accountName: '' },
  },
  {
    name: 'extra colons in the account',
    text: `${TOTP}/Acme:eu:alice?secret=${KEY}`,
    fields: { issuer: 'Acme', accountName: 'eu:alice' },
  },
  {
    name: 'a colon inside the issuer parameter',
    text: `${TOTP}/Acme:EU:alice?secret=${KEY}&issuer=Acme%3AEU`,
    fields: { issuer: 'Acme:EU', accountName: 'alice' },
  },
  {
    name: 'no label at all',
    text: `${TOTP}?secret=${KEY}`,
    fields: { issuer: '', accountName: '' },
  },
  {
    name: 'a # in the label, before the query',
    text: `${TOTP}/Team%20#2:a?secret=${KEY}`,
    fields: { issuer: 'Team #2', accountName: 'a' },
  },
  {
    name: 'percent escapes in Windows-1252',
    text: `${TOTP}/Caf%E9:Ren%E9e?secret=${KEY}&issuer=Caf%E9`,
    fields: { issuer: 'Café', accountName: 'Renée' },
  },
  {
    name: 'percent escapes in UTF-8',
    text: `${TOTP}/Caf%C3%A9:%E7%94%B0%E4%B8%AD?secret=${KEY}`,
    fields: { issuer: 'Café', accountName: '田中' },
  },
  {
    name: 'a stray % that starts no escape',
    text: `${TOTP}/100%25%20Acme:a%zz?secret=${KEY}`,
    fields: { issuer: '100% Acme', accountName: 'a%zz' },
  },
];

describe('readOtpauthUri reads labels and issuers', () => {
  itAccepts(rows);

  it('keeps no label issuer when both name the same issuer', () => {
    const text = `${TOTP}/ACME:alice?secret=${KEY}&issuer=Acme`;
    const result = readOtpauthUri(text);

    expect(result.ok && result.account).not.toHaveProperty('labelIssuer');
  });
});
