import { describe, expect, it } from 'vitest';
import { judgePayloads } from '../../../src/actions/judge-payloads';

const ENROLLMENT =
  'otpauth://totp/Example:alice@example.com?secret=JBSWY3DPEHPK3PXP&issuer=Example';
const APP_STORE = 'https://apps.example.com/twostep-demo';
const EXPORT =
  'otpauth-migration://offline?data=CjEKCkhlbGxvId6tvu8SGEV4YW1wbGU6YWxpY2VAZ29vZ2xlLmNvbRoHRXhhbXBsZTAC';

describe('judging what a scan found', () => {
  it('says plainly when the page has no QR code', () => {
    const outcome = judgePayloads([], 'example.com');

    expect(outcome).toMatchObject({ status: 'problem' });
    expect(outcome.status === 'problem' && outcome.message).toMatch(
      /No QR code found on this page/,
    );
  });

  it('explains a QR code that is not an enrollment code', () => {
    const outcome = judgePayloads([APP_STORE], 'example.com');

    expect(outcome.status).toBe('problem');
    expect(outcome.status === 'problem' && outcome.message).not.toContain(
      APP_STORE,
    );
  });

  it('keeps the enrollment code and ignores a decoy beside it', () => {
    const outcome = judgePayloads([APP_STORE, ENROLLMENT], 'example.com');

    expect(outcome).toMatchObject({
      status: 'found',
      site: 'example.com',
      accounts: [{ issuer: 'Example', accountName: 'alice@example.com' }],
    });
  });

  it('reports a bad secret without quoting it', () => {
    const bad = ENROLLMENT.replace('JBSWY3DPEHPK3PXP', 'JBSWY3DP!HPK3PXP');
    const outcome = judgePayloads([bad], 'example.com');

    expect(outcome.status).toBe('problem');
    expect(outcome.status === 'problem' && outcome.message).not.toContain(
      'JBSWY3DP',
    );
  });

  it('reads the accounts of a Google Authenticator export', () => {
    const outcome = judgePayloads([EXPORT], null);

    expect(outcome).toMatchObject({
      status: 'found',
      accounts: [{ issuer: 'Example', secret: 'JBSWY3DPEHPK3PXP' }],
    });
  });

  it('reads the same code once when several frames show it', () => {
    const outcome = judgePayloads([ENROLLMENT, ENROLLMENT], 'example.com');

    expect(outcome.status === 'found' && outcome.accounts).toHaveLength(1);
  });
});
