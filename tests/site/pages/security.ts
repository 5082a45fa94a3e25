import { html, type SafeHtml } from '../html/html.ts';
import { renderCsrfField, renderPage } from '../html/layout.ts';

/** What the account security page shows. */
export interface SecurityView {
  csrfToken: string;
  email: string;
  isTwoStepOn: boolean;
  /** A sentence confirming the change the user just made, if any. */
  notice?: string;
}

function renderTwoStepControls(isTwoStepOn: boolean): SafeHtml {
  if (!isTwoStepOn) {
    return html`<a class="button" href="/security/2sv/setup">Set up</a>`;
  }

  return html`<a class="button" href="/security/2sv/off">Turn off</a>
    <a class="button secondary" href="/security/2sv/setup">
      Change authenticator app
    </a>`;
}

/** The signed-in home: who you are and whether 2-Step Verification is on. */
export function renderSecurityPage(view: SecurityView): string {
  const notice = view.notice
    ? html`<p class="notice" role="status">${view.notice}</p>`
    : '';
  const body = html`<h1>Account security</h1>
    ${notice}
    <p>Signed in as <strong id="account-email">${view.email}</strong></p>
    <section aria-labelledby="two-step-heading">
      <h2 id="two-step-heading">2-Step Verification</h2>
      <p>
        Status:
        <span class="status" id="two-step-status"
          >${view.isTwoStepOn ? 'On' : 'Off'}</span
        >
      </p>
      ${renderTwoStepControls(view.isTwoStepOn)}
    </section>
    <form method="post" action="/signout">
      ${renderCsrfField(view.csrfToken)}
      <button type="submit" class="secondary">Sign out</button>
    </form>`;

  return renderPage('Account security', body);
}
