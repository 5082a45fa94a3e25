import { browser } from 'wxt/browser';
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
// Straight from the modules, not src/fill's index: the index also brings
// the Public Suffix List, which only the background needs.
import { detectCodeField, summarize } from '../src/fill/detect';
import { fillCode } from '../src/fill/fill';
import type {
  CodeDelivery,
  DeliveryOutcome,
  FieldReport,
} from '../src/messages';
import { readShadowRoot } from '../src/platform';

declare global {
  var twostepFillReady: boolean | undefined;
}

const findField = () => detectCodeField(document, { readShadowRoot });

// Injected on demand into every frame of the tab. It reports whether its
// frame has a code field, then waits for the one code the background may
// send to this frame alone.
export default defineUnlistedScript(async () => {
  if (!globalThis.twostepFillReady) {
    globalThis.twostepFillReady = true;
    browser.runtime.onMessage.addListener(onDelivery);
  }

  const field = findField();
  const report: FieldReport = {
    type: 'field-report',
    field: field ? summarize(field) : null,
  };
  await browser.runtime.sendMessage(report);
});

function onDelivery(
  message: CodeDelivery,
  _sender: unknown,
  sendResponse: (outcome: DeliveryOutcome) => void,
): true | undefined {
  if (message?.type !== 'fill-code') return undefined;

  const field = findField();
  if (!field) {
    sendResponse({ ok: false, reason: 'no-field' });

    return undefined;
  }
  void fillCode(field, message.code).then(sendResponse);

  return true;
}
