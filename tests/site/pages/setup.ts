import { html, type SafeHtml } from '../html/html.ts';
import {
  renderCsrfField,
  renderError,
  renderPage,
  type Theme,
} from '../html/layout.ts';

/** What the authenticator setup page shows. */
export interface SetupView {
  csrfToken: string;
  email: string;
  /** The QR code of the otpauth URI, already drawn. */
  enrollmentQr: SafeHtml;
  /** An unrelated app-store QR code shown beside it, to test decoys. */
  decoyQr?: SafeHtml;
  /** Dark for a light-on-dark QR code. */
  theme: Theme;
  setupKey: string;
  /** Where the form posts, keeping the page's query string. */
  formAction: string;
  error?: string;
}

function renderDecoy(decoyQr: SafeHtml | undefined): SafeHtml | string {
  if (!decoyQr) {
    return '';
  }

  return html`<figure>
    ${decoyQr}
    <figcaption>No authenticator app? Get ours</figcaption>
  </figure>`;
}

/** Shows a new secret as a QR code and setup key, then asks for a code. */
export function renderSetupPage(view: SetupView): string {
  const body = html`<h1>Set up your authenticator app</h1>
    <p>Scan this QR code with your authenticator app</p>
    <div class="qr-codes">
      ${renderDecoy(view.decoyQr)}
      <figure>
        ${view.enrollmentQr}
        <figcaption>Twostep Demo · ${view.email}</figcaption>
      </figure>
    </div>
    <p>Can't scan it? Enter this setup key</p>
    <p class="setup-key"><code id="setup-key">${view.setupKey}</code></p>
    <p class="hint">Account: ${view.email} · Type of key: time-based</p>
    ${renderError(view.error)}
    <form method="post" action="${view.formAction}">
      ${renderCsrfField(view.csrfToken)}
      <label for="code">Enter the 6-digit code</label>
      <input
        id="code"
        name="code"
        type="text"
        autocomplete="one-time-code"
        inputmode="numeric"
        required
      />
      <button type="submit">Turn On</button>
    </form>
    <p><a href="/security">Cancel</a></p>`;

  return renderPage('Set up your authenticator app', body, view.theme);
}
