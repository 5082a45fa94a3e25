import { browser, type Browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { onFieldReport } from '../src/actions/field-reports';
import { FILL_COMMAND, onFillCommand } from '../src/actions/fill-shortcut';
import { fillTab } from '../src/actions/fill-tab';
import { scanTab } from '../src/actions/scan-tab';
import type { FieldReport, PopupRequest } from '../src/messages';
import { openPopupTab } from '../src/testing/e2e-popup-tab';

type Message = PopupRequest | FieldReport;

export default defineBackground(() => {
  browser.runtime.onMessage.addListener(onMessage);
  browser.commands.onCommand.addListener((command, tab) => {
    if (command === FILL_COMMAND) void onFillCommand(tab);
  });
  if (import.meta.env.MODE === 'e2e' && import.meta.env.FIREFOX) {
    void openPopupTab();
  }
});

// sendResponse and `return true` work alike in Chrome and Firefox, where a
// returned promise does not yet in every Chrome version.
function onMessage(
  message: Message,
  sender: Browser.runtime.MessageSender,
  sendResponse: (response: unknown) => void,
): true | undefined {
  if (sender.id !== browser.runtime.id) return undefined;

  switch (message.type) {
    case 'field-report':
      onFieldReport(message, sender);

      return undefined;
    case 'scan-tab':
      void scanTab(message.tabId).then(sendResponse);

      return true;
    case 'fill-tab':
      void fillTab(message.tabId, message.accountId).then(
        sendResponse,
        (error) =>
          sendResponse({ status: 'problem', message: String(error.message) }),
      );

      return true;
  }
}
