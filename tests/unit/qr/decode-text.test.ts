import { describe, expect, it } from 'vitest';

import { decodeQrCodes } from '../../../src/qr/decode';
import { renderQr } from './render-qr';

describe('decodeQrCodes text', () => {
  it('reads UTF-8 text', () => {
    const text = 'otpauth://totp/Café:zoë?secret=JBSWY3DPEHPK3PXP';

    expect(decodeQrCodes(renderQr(text))).toEqual([text]);
  });

  it('reads bytes that are not UTF-8 as Windows-1252', () => {
    const text =
      'otpauth://totp/Café€:renée?secret=JBSWY3DPEHPK3PXP&issuer=Café€';
    // 0x80 is the euro sign in Windows-1252 and a control in ISO 8859-1.
    const bytes = Uint8ClampedArray.from(text, (character) =>
      character === '€' ? 0x80 : character.charCodeAt(0),
    );
    const image = renderQr([{ data: bytes, mode: 'byte' }]);

    expect(decodeQrCodes(image)).toEqual([text]);
  });

  it('reads text split into numeric and byte segments', () => {
    const start = 'otpauth://totp/A?secret=JBSWY3DP&counter=';
    const image = renderQr([
      { data: new TextEncoder().encode(start), mode: 'byte' },
      { data: '1234567890', mode: 'numeric' },
    ]);

    expect(decodeQrCodes(image)).toEqual([
      'otpauth://totp/A?secret=JBSWY3DP&counter=1234567890',
    ]);
  });
});
