import { describe, expect, it } from 'vitest';

import {
  draftFromSetupKey,
  SETUP_KEY_NOTE,
} from '../../../src/qr/setup-key-draft';
import {
  findKeyRuns,
  findSetupKeys,
  mentionsSetupKey,
} from '../../../src/qr/setup-key';

const KEY = 'KRSXG5CTMVRXEZLUKRSXG5CTMVRXEZLU';

describe('findKeyRuns', () => {
  it.each([
    ['one upper-case run', 'JBSWY3DPEHPK3PXP', ['JBSWY3DPEHPK3PXP']],
    ['groups of four', 'JBSW Y3DP EHPK 3PXP', ['JBSWY3DPEHPK3PXP']],
    [
      'lower-case groups, as Google shows them',
      'krsx g5ct mvrx ezlu krsx g5ct mvrx ezlu',
      [KEY],
    ],
    ['hyphenated groups', 'JBSW-Y3DP-EHPK-3PXP', ['JBSWY3DPEHPK3PXP']],
    ['a short last group', 'JBSW Y3DP EHPK 3PXP GE', ['JBSWY3DPEHPK3PXPGE']],
    ['groups of five', 'JBSWY 3DPEH PK3PX P', ['JBSWY3DPEHPK3PXP']],
    [
      'no-break spaces',
      'JBSW\u00a0Y3DP\u00a0EHPK\u00a03PXP',
      ['JBSWY3DPEHPK3PXP'],
    ],
    ['a key after a colon', 'Key: jbsw y3dp ehpk 3pxp', ['JBSWY3DPEHPK3PXP']],
    ['padding', 'JBSWY3DPEHPK3PXP====', ['JBSWY3DPEHPK3PXP']],
    ['a key in brackets', '(JBSWY3DPEHPK3PXP).', ['JBSWY3DPEHPK3PXP']],
  ])('reads %s', (_what, text, expected) => {
    expect(findKeyRuns(text)).toEqual(expected);
  });

  it.each([
    ['a sentence of four-letter words', 'when your code does come back here'],
    ['an upper-case heading', 'SAVE YOUR CODE SAFE HERE'],
    ['a long lower-case word', 'responsibilities'],
    ['mixed case', 'JbswY3dpEhpk3pxp'],
    ['an order number', '2345-6723-4567-2345'],
    ['hexadecimal', '9f86d081884c7d659a2feaa0c55ad015'],
    ['too short a key', 'JBSW Y3DP EHPK'],
    ['groups of two', 'JB SW Y3 DP EH PK 3P XP'],
  ])('leaves out %s', (_what, text) => {
    expect(findKeyRuns(text)).toEqual([]);
  });
});

describe('mentionsSetupKey', () => {
  it.each([
    "Can't scan it? Enter this setup key",
    'Can’t scan the QR code?',
    'Or enter the secret manually',
    'Geheimer Schlüssel',
    'Vous ne pouvez pas scanner le code ? Saisissez cette clé',
    '¿No puedes escanear el código? Introduce esta clave',
    'Não consegue ler? Use a chave',
    'Chiave segreta',
    'Geheime sleutel',
    'Klucz konfiguracyjny',
    'Секретный ключ',
    'セットアップキー',
    '无法扫描？输入此密钥',
    '설정 키',
  ])('sees the words in %s', (line) => {
    expect(mentionsSetupKey(line)).toBe(true);
  });

  it.each(['Use your keyboard', 'Monkey business', 'Enter the 6-digit code'])(
    'ignores %s',
    (line) => {
      expect(mentionsSetupKey(line)).toBe(false);
    },
  );
});

describe('findSetupKeys', () => {
  it('finds a key on the line under its words', () => {
    const lines = [
      'Set up your authenticator app',
      "Can't scan it? Enter this setup key",
      'KRSX G5CT MVRX EZLU KRSX G5CT MVRX EZLU',
      'Account: alice@example.com',
    ];

    expect(findSetupKeys(lines)).toEqual([KEY]);
  });

  it('finds a key on the same line as its label', () => {
    expect(findSetupKeys([`Secret key: ${KEY}`])).toEqual([KEY]);
  });

  it('ignores key-like text far from any such words', () => {
    const lines = [
      `Reference ${KEY}`,
      'Welcome back',
      'Your plan',
      'Billing',
      'Help',
      'Enter your setup key below',
    ];

    expect(findSetupKeys(lines)).toEqual([]);
  });

  it('gives a key shown twice once', () => {
    const lines = ['Secret key', KEY, 'Setup key', KEY.toLowerCase()];

    expect(findSetupKeys(lines)).toEqual([KEY]);
  });
});

describe('draftFromSetupKey', () => {
  it('makes an unnamed account with the usual parameters', () => {
    expect(draftFromSetupKey(KEY)).toEqual({
      kind: 'totp',
      secret: KEY,
      algorithm: 'SHA1',
      digits: 6,
      period: 30,
      counter: 0,
      issuer: '',
      accountName: '',
      warnings: [],
    });
  });

  it('warns about a short key, as for a scanned one', () => {
    expect(draftFromSetupKey('JBSWY3DPEHPK3P')?.warnings).toHaveLength(1);
  });

  it('says where the key came from', () => {
    expect(SETUP_KEY_NOTE).toMatch(
      /^Read from the setup key shown on the page/,
    );
  });
});
