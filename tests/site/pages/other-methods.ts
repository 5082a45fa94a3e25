import { html } from '../html/html.ts';
import { renderCsrfField, renderError, renderPage } from '../html/layout.ts';

/** What the second-step pages other than the app's code show. */
export interface OtherMethodView {
  csrfToken: string;
  email: string;
  /** The address with most of it hidden, as `a…@example.com`. */
  maskedEmail: string;
  error?: string;
}

const OTHER_METHOD_LINK = html`<p>
  <a href="/signin/code/other">Use another method</a>
</p>`;

/** Offers the ways to sign in when the authenticator app is not at hand. */
export function renderChoicePage(view: OtherMethodView): string {
  const body = html`<h1>Choose how you want to sign in</h1>
    <p class="hint">${view.email}</p>
    <form method="post" action="/signin/code/email/send">
      ${renderCsrfField(view.csrfToken)}
      <button type="submit">Get a code by e-mail</button>
      <p class="hint">We will send it to ${view.maskedEmail}</p>
    </form>
    <p><a class="button" href="/signin/code/backup">Use a backup code</a></p>
    <p><a href="/signin/code">Use your authenticator app</a></p>`;

  return renderPage('Choose how you want to sign in', body);
}

/** Asks for the six-digit code just sent by e-mail. */
export function renderEmailCodePage(view: OtherMethodView): string {
  const body = html`<h1>Check your e-mail</h1>
    <p>We sent a code to ${view.maskedEmail}</p>
    ${renderError(view.error)}
    <form method="post" action="/signin/code/email">
      ${renderCsrfField(view.csrfToken)}
      <label for="email-code">Enter the code from the e-mail</label>
      <input
        id="email-code"
        name="email-code"
        type="text"
        autocomplete="one-time-code"
        inputmode="numeric"
        required
        autofocus
      />
      <button type="submit">Verify</button>
    </form>
    <p class="hint">
      The code expires in 10 minutes. This demo sends no real e-mail: read it in
      the <a href="/outbox">outbox</a>.
    </p>
    <form method="post" action="/signin/code/email/send">
      ${renderCsrfField(view.csrfToken)}
      <button type="submit" class="secondary">Send a new code</button>
    </form>
    ${OTHER_METHOD_LINK}`;

  return renderPage('Check your e-mail', body);
}

/** Asks for one of the account's eight-digit backup codes. */
export function renderBackupCodeSigninPage(view: OtherMethodView): string {
  const body = html`<h1>Enter a backup code</h1>
    <p class="hint">${view.email}</p>
    <p>Each of your 8-digit backup codes works once.</p>
    ${renderError(view.error)}
    <form method="post" action="/signin/code/backup">
      ${renderCsrfField(view.csrfToken)}
      <label for="backup-code">Backup code</label>
      <input
        id="backup-code"
        name="backup-code"
        type="text"
        autocomplete="off"
        inputmode="numeric"
        required
        autofocus
      />
      <button type="submit">Verify</button>
    </form>
    ${OTHER_METHOD_LINK}`;

  return renderPage('Enter a backup code', body);
}
