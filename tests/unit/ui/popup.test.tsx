// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import {
  cleanup,
  fireEvent,
  render,
  screen,
  waitFor,
} from '@testing-library/preact';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { generateCode } from '../../../src/otp';
import { Popup } from '../../../src/ui/popup/Popup';
import { addAccount, closeVault, listAccounts } from '../../../src/vault';
import type { AccountDraft } from '../../../src/otp/types';

const SECRET = 'JBSWY3DPEHPK3PXP';

function draft(issuer: string, overrides: Partial<AccountDraft> = {}) {
  const account: AccountDraft = {
    kind: 'totp',
    secret: SECRET,
    algorithm: 'SHA1',
    digits: 6,
    period: 30,
    counter: 0,
    issuer,
    accountName: `${issuer.toLowerCase()}@example.com`,
    warnings: [],
    ...overrides,
  };

  return account;
}

function typeInto(label: string, text: string) {
  fireEvent.input(screen.getByLabelText(label), { target: { value: text } });
}

beforeEach(() => {
  closeVault();
  globalThis.indexedDB = new IDBFactory();
});

afterEach(() => {
  cleanup();
  closeVault();
});

describe('the popup', () => {
  it('says how to add the first account when there is none', async () => {
    render(<Popup />);

    expect(await screen.findByText(/No accounts yet/)).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Scan QR code' })).toBeTruthy();
  });

  it('shows each code grouped for reading, with the time left', async () => {
    await addAccount(draft('Example'), []);
    render(<Popup />);

    const copy = await screen.findByRole('button', {
      name: 'Copy code for Example',
    });
    const code = copy.getAttribute('data-code') ?? '';
    const expected = [
      generateCode({ ...draft('Example') }, Date.now()),
      generateCode({ ...draft('Example') }, Date.now() - 1000),
    ];
    expect(expected).toContain(code);
    expect(copy.textContent).toBe(`${code.slice(0, 3)} ${code.slice(3)}`);
    expect(screen.getByRole('timer').getAttribute('aria-label')).toMatch(
      /^\d+ seconds left$/,
    );
    expect(
      screen.getByRole('button', { name: 'Fill code for Example' }),
    ).toBeTruthy();
  });

  it('offers search once there are more than five accounts', async () => {
    for (const issuer of ['A1', 'B2', 'C3', 'D4', 'E5', 'F6']) {
      await addAccount(draft(issuer), []);
    }
    render(<Popup />);
    const search = await screen.findByLabelText('Search accounts');
    fireEvent.input(search, { target: { value: 'd4' } });

    await waitFor(() =>
      expect(screen.getAllByRole('listitem')).toHaveLength(1),
    );
    expect(screen.getByText('D4')).toBeTruthy();
  });

  it('refuses a link with a bad secret and saves nothing', async () => {
    render(<Popup />);
    fireEvent.click(await screen.findByRole('button', { name: 'Add account' }));
    typeInto(
      'otpauth link',
      'otpauth://totp/Example:alice?secret=JBSW!Y3DP&issuer=Example',
    );
    fireEvent.click(screen.getByRole('button', { name: 'Add from link' }));

    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toMatch(/secret|key/i);
    expect(alert.textContent).not.toContain('JBSW');
    expect(await listAccounts()).toEqual([]);
  });

  it('reads a pasted Google Authenticator export link', async () => {
    render(<Popup />);
    fireEvent.click(await screen.findByRole('button', { name: 'Add account' }));
    typeInto(
      'otpauth link',
      'otpauth-migration://offline?data=CjEKCkhlbGxvId6tvu8SGEV4YW1wbGU6YWxpY2VAZ29vZ2xlLmNvbRoHRXhhbXBsZTAC',
    );
    fireEvent.click(screen.getByRole('button', { name: 'Add from link' }));
    fireEvent.click(
      await screen.findByRole('button', { name: 'Save account' }),
    );

    await screen.findByRole('button', { name: 'Copy code for Example' });
    expect((await listAccounts())[0]).toMatchObject({ secret: SECRET });
  });

  it('adds an account from a typed setup key after review', async () => {
    render(<Popup />);
    fireEvent.click(await screen.findByRole('button', { name: 'Add account' }));
    typeInto('Issuer', 'Typed');
    typeInto('Account name', 'bob');
    typeInto('Setup key', 'jbsw y3dp ehpk 3pxp');
    fireEvent.click(screen.getByRole('button', { name: 'Add from key' }));
    fireEvent.click(
      await screen.findByRole('button', { name: 'Save account' }),
    );

    await screen.findByRole('button', { name: 'Copy code for Typed' });
    const [saved] = await listAccounts();
    expect(saved).toMatchObject({ issuer: 'Typed', secret: SECRET });
  });

  it('saves one account however fast Save is pressed twice', async () => {
    render(<Popup />);
    fireEvent.click(await screen.findByRole('button', { name: 'Add account' }));
    typeInto('Setup key', 'JBSWY3DPEHPK3PXP');
    fireEvent.click(screen.getByRole('button', { name: 'Add from key' }));
    const save = await screen.findByRole('button', { name: 'Save account' });
    fireEvent.click(save);
    fireEvent.click(save);

    await screen.findByRole('status');
    expect(await listAccounts()).toHaveLength(1);
  });

  it('deletes only after the user confirms', async () => {
    await addAccount(draft('Example'), []);
    render(<Popup />);
    fireEvent.click(
      await screen.findByRole('button', { name: 'Edit Example' }),
    );
    fireEvent.click(screen.getByRole('button', { name: 'Delete' }));

    expect(await listAccounts()).toHaveLength(1);
    fireEvent.click(screen.getByRole('button', { name: 'Keep it' }));
    fireEvent.click(screen.getByRole('button', { name: 'Delete' }));
    fireEvent.click(screen.getByRole('button', { name: 'Delete for good' }));

    await screen.findByText(/No accounts yet/);
    expect(await listAccounts()).toEqual([]);
  });

  it('shows a counter-based code only when asked, then keeps it', async () => {
    await addAccount(draft('Counter', { kind: 'hotp', counter: 3 }), []);
    render(<Popup />);
    fireEvent.click(
      await screen.findByRole('button', { name: 'Show next code for Counter' }),
    );

    const copy = await screen.findByRole('button', {
      name: 'Copy code for Counter',
    });
    const expected = generateCode({
      ...draft('Counter'),
      kind: 'hotp',
      counter: 3,
    });
    expect(copy.getAttribute('data-code')).toBe(expected);
    const [saved] = await listAccounts();
    expect(saved?.counter).toBe(4);
  });
});
