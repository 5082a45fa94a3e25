import { describe, expect, it } from 'vitest';
import { decodePercent } from '../../../src/otp/percent';

describe('decodePercent', () => {
  it.each([
    { raw: 'plain', text: 'plain' },
    { raw: 'Caf%C3%A9', text: 'Café' },
    { raw: 'Caf%E9', text: 'Café' },
    { raw: '%80%92%99%9F', text: '€’™Ÿ' },
    { raw: '%81%8D', text: '\u0081\u008d' },
    { raw: '%F0%9F%94%91', text: '🔑' },
    { raw: '%F0%9F%94', text: 'ðŸ”' },
    { raw: '100%', text: '100%' },
    { raw: '%zz%4', text: '%zz%4' },
    { raw: '%3a%3A', text: '::' },
    { raw: 'a+b', text: 'a+b' },
  ])('"$raw" reads as "$text"', ({ raw, text }) => {
    expect(decodePercent(raw)).toBe(text);
  });
});
