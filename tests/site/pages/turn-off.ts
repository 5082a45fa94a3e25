import { html } from '../html/html.ts';
import { renderCsrfField, renderPage } from '../html/layout.ts';

/** Asks for a last click before 2-Step Verification is turned off. */
export function renderTurnOffPage(csrfToken: string): string {
  const body = html`<h1>Turn off 2-Step Verification</h1>
    <p>
      Your account will be protected only by your password, and your
      authenticator app's codes will stop working here.
    </p>
    <form method="post" action="/security/2sv/off">
      ${renderCsrfField(csrfToken)}
      <button type="submit">Turn off</button>
    </form>
    <p><a href="/security">Cancel</a></p>`;

  return renderPage('Turn off 2-Step Verification', body);
}
