import { browser, type Browser } from 'wxt/browser';
import { isSiteBound } from '../fill';
import { listAccounts } from '../vault';
import { fillTab } from './fill-tab';

/** The keyboard command that fills the current tab's code. */
export const FILL_COMMAND = 'fill-code';

/**
 * Fills the code of the one account bound to the tab's site. With none or
 * several, it opens the popup so the user can choose, where the browser
 * allows that.
 */
export async function onFillCommand(tab?: Browser.tabs.Tab): Promise<void> {
  if (tab?.id === undefined || !tab.url) return;

  const url = tab.url;
  const accounts = await listAccounts();
  const bound = accounts.filter((account) => isSiteBound(url, account.sites));
  if (bound.length === 1) {
    await fillTab(tab.id, bound[0]!.id);

    return;
  }

  // Manifest V2 Firefox names it browserAction. openPopup needs Chrome 127
  // or Firefox; elsewhere it is absent, and the toolbar button still works.
  const action = browser.action ?? browser.browserAction;
  await action?.openPopup?.().catch(() => undefined);
}
