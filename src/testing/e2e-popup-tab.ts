import { browser } from 'wxt/browser';

/**
 * End-to-end builds only: opens the popup in a tab, because Firefox's
 * WebDriver BiDi cannot click the toolbar button. A test proves that the
 * release build does not contain this (marker: twostep-e2e-popup-tab).
 */
export async function openPopupTab(): Promise<void> {
  await browser.tabs.create({
    url: browser.runtime.getURL('/popup.html#twostep-e2e-popup-tab'),
    active: false,
  });
}
