/* global window */
// Records the editing events the page sees, as analytics scripts do, so a
// test can tell whether anything was typed or pasted into this page.
window.recordedEvents = [];
const TYPES = ['keydown', 'beforeinput', 'input', 'change', 'paste'];
for (const type of TYPES) {
  window.addEventListener(
    type,
    (event) => {
      const target = event.composedPath()[0];
      window.recordedEvents.push({
        type,
        target: target.name || target.id || target.localName,
      });
    },
    true,
  );
}
