import { describe, expect, it } from 'vitest';
import { OtpUriError, readSecret } from '../../../src/otp';

describe('readSecret accepts', () => {
  it.each([
    { typed: 'JBSWY3DPEHPK3PXP', secret: 'JBSWY3DPEHPK3PXP' },
    { typed: 'jbsw y3dp ehpk 3pxp', secret: 'JBSWY3DPEHPK3PXP' },
    { typed: 'JBSW-Y3DP-EHPK-3PXP', secret: 'JBSWY3DPEHPK3PXP' },
    { typed: ' jbswy3dpehpk3pxp\n', secret: 'JBSWY3DPEHPK3PXP' },
    { typed: 'JBSWY3DPEHPK3PXPGE======', secret: 'JBSWY3DPEHPK3PXPGE' },
    { typed: 'jbsw\ty3dp\u00a0ehpk 3pxp', secret: 'JBSWY3DPEHPK3PXP' },
  ])('"$typed"', ({ typed, secret }) => {
    expect(readSecret(typed)).toEqual({ secret, warnings: [] });
  });

  it('warns about a 40-bit secret without refusing it', () => {
    const { secret, warnings } = readSecret('JBSW Y3DP');

    expect(secret).toBe('JBSWY3DP');
    expect(warnings).toEqual([expect.stringContaining('40 bits')]);
  });
});

describe('readSecret refuses', () => {
  it.each([
    { typed: '', reason: 'missing-secret', says: /enter the setup key/i },
    { typed: ' - = ', reason: 'missing-secret', says: /enter the setup key/i },
    { typed: 'JBSWY3DPEHPK3PX0', reason: 'bad-secret', says: /letter O/ },
    { typed: 'JBSWY3DPEHPK3PX1', reason: 'bad-secret', says: /I or L/ },
    { typed: 'JBSWY3DPEHPK3PX8', reason: 'bad-secret', says: /letter B/ },
    { typed: 'JBSWY3DPEHPK3PX?', reason: 'bad-secret', says: /"\?"/ },
    { typed: 'JBSWY3DPÉHPK3PXP', reason: 'bad-secret', says: /a character/ },
    { typed: 'JBSWY3DP=EHPK3PX', reason: 'bad-secret', says: /"="/ },
    { typed: 'A', reason: 'bad-secret', says: /too short/ },
  ])('"$typed" ($reason)', ({ typed, reason, says }) => {
    const read = () => readSecret(typed);

    expect(read).toThrow(OtpUriError);
    expect(read).toThrow(says);
    expect(read).toThrow(expect.objectContaining({ reason }));
    if (typed.trim().length > 1) {
      expect(read).not.toThrow(typed);
    }
  });
});
