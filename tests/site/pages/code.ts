import { html, trustHtml, type SafeHtml } from '../html/html.ts';
import { DIGIT_BOXES_SCRIPT } from '../html/digit-boxes-script.ts';
import { renderCsrfField, renderError, renderPage } from '../html/layout.ts';

/** What the second sign-in step shows. */
export interface CodeView {
  csrfToken: string;
  email: string;
  /** A row of six one-digit boxes instead of one field. */
  useDigitBoxes: boolean;
  error?: string;
}

const DIGIT_COUNT = 6;

function renderSingleField(): SafeHtml {
  return html`<label for="code">Enter code</label>
    <input
      id="code"
      name="code"
      type="text"
      autocomplete="one-time-code"
      inputmode="numeric"
      required
      autofocus
    />`;
}

function renderDigitBox(position: number): SafeHtml {
  return html`<input
    type="text"
    inputmode="numeric"
    maxlength="1"
    autocomplete="off"
    aria-label="Digit ${position}"
    data-digit
    ${position === 1 ? trustHtml('autofocus') : ''}
  />`;
}

function renderDigitBoxes(): SafeHtml {
  const positions = Array.from(
    { length: DIGIT_COUNT },
    (_, index) => index + 1,
  );

  return html`<fieldset>
      <legend>Enter code</legend>
      <div class="digits">${positions.map(renderDigitBox)}</div>
    </fieldset>
    <input type="hidden" name="code" />`;
}

/** The second sign-in step: a code from the authenticator app. */
export function renderCodePage(view: CodeView): string {
  const action = view.useDigitBoxes ? '/signin/code?boxes=1' : '/signin/code';
  const script = view.useDigitBoxes
    ? html`<script>
        ${trustHtml(DIGIT_BOXES_SCRIPT)};
      </script>`
    : '';
  const body = html`<h1>2-Step Verification</h1>
    <p class="hint">${view.email}</p>
    <p>Enter the code from your authenticator app</p>
    ${renderError(view.error)}
    <form id="code-form" method="post" action="${action}">
      ${renderCsrfField(view.csrfToken)}
      ${view.useDigitBoxes ? renderDigitBoxes() : renderSingleField()}
      <button type="submit">Verify</button>
    </form>
    <p><a href="/signin/code/other">Use another method</a></p>
    ${script}`;

  return renderPage('2-Step Verification', body);
}
