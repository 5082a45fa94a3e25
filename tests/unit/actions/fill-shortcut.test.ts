import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { onFillCommand } from '../../../src/actions/fill-shortcut';
import { fillTab } from '../../../src/actions/fill-tab';
import type { AccountDraft } from '../../../src/otp/types';
import { addAccount, closeVault } from '../../../src/vault';

vi.mock('../../../src/actions/fill-tab', () => ({
  fillTab: vi.fn(async () => ({ status: 'filled', site: 'example.com' })),
}));

function draft(issuer: string): AccountDraft {
  return {
    kind: 'totp',
    secret: 'JBSWY3DPEHPK3PXP',
    algorithm: 'SHA1',
    digits: 6,
    period: 30,
    counter: 0,
    issuer,
    accountName: 'alice',
    warnings: [],
  };
}

const tab = { id: 7, url: 'https://login.example.com/verify' };

beforeEach(() => {
  closeVault();
  globalThis.indexedDB = new IDBFactory();
  vi.mocked(fillTab).mockClear();
});

describe('the fill shortcut', () => {
  it('fills the one account bound to the tab site', async () => {
    await addAccount(draft('Other'), ['other.com']);
    const { id } = await addAccount(draft('Example'), ['example.com']);
    await onFillCommand(tab as never);

    expect(fillTab).toHaveBeenCalledWith(7, id);
  });

  it('fills nothing and opens the popup when two accounts match', async () => {
    const openPopup = vi.fn(async () => undefined);
    Object.assign(browser.action, { openPopup });
    await addAccount(draft('Work'), ['example.com']);
    await addAccount(draft('Home'), ['example.com']);
    await onFillCommand(tab as never);

    expect(fillTab).not.toHaveBeenCalled();
    expect(openPopup).toHaveBeenCalled();
  });

  it('fills nothing on a site no account is bound to', async () => {
    await addAccount(draft('Example'), ['example.com']);
    await onFillCommand({ id: 7, url: 'https://examp1e.com/' } as never);

    expect(fillTab).not.toHaveBeenCalled();
  });
});
