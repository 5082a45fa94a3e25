// A large settings-like page for timing code field detection: rows of
// labelled inputs, hints and links, with one code field nested deep in the
// middle, as a long account page with a verification step would have.

/** How many elements each row adds: div, label, span, input, span, div, span, span, p, a. */
const ROW_SIZE = 10;
const INPUT_TYPES = ['text', 'email', 'search', 'checkbox', 'number', 'tel'];
/** How many elements wrap the code field. */
export const CODE_FIELD_DEPTH = 40;

function renderRow(index: number): string {
  const type = INPUT_TYPES[index % INPUT_TYPES.length];

  return `<div class="row">
  <label><span>Setting ${index}</span><input type="${type}" name="setting-${index}" /></label>
  <span class="hint">Shown on your profile</span>
  <div><span>Last changed</span><span>${index} days ago</span></div>
  <p>Part of your preferences.</p>
  <a href="#row-${index}">Learn more</a>
</div>`;
}

function renderCodeField(): string {
  const open = '<div>'.repeat(CODE_FIELD_DEPTH);
  const close = '</div>'.repeat(CODE_FIELD_DEPTH);

  return `${open}<label for="bench-code">Verification code</label>
<input id="bench-code" inputmode="numeric" autocomplete="one-time-code" />${close}`;
}

/** The page's HTML with about `elements` elements in all. */
export function renderLargePage(elements: number): string {
  // The document's own html, head, title, body, main and form, and the
  // code field's label, input and wrappers.
  const fixed = 6 + 2 + CODE_FIELD_DEPTH;
  const rowCount = Math.floor((elements - fixed) / ROW_SIZE);
  const rows = Array.from({ length: rowCount }, (_, index) => renderRow(index));
  const middle = Math.floor(rowCount / 2);

  return `<!doctype html>
<html lang="en">
<head><title>Account settings</title></head>
<body><main><form action="/settings" method="post">
${rows.slice(0, middle).join('\n')}
${renderCodeField()}
${rows.slice(middle).join('\n')}
</form></main></body>
</html>`;
}
