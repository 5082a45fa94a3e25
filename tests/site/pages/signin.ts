import { html } from '../html/html.ts';
import { renderCsrfField, renderError, renderPage } from '../html/layout.ts';
import { DEMO_EMAIL, DEMO_PASSWORD, MANAGED_EMAIL } from '../seed.ts';

/** What the sign-in page shows. */
export interface SigninView {
  csrfToken: string;
  formAction: string;
  email: string;
  error?: string;
}

/** The first sign-in step: e-mail and password. */
export function renderSigninPage(view: SigninView): string {
  const body = html`<h1>Sign in</h1>
    <p>to continue to Twostep Demo</p>
    ${renderError(view.error)}
    <form method="post" action="${view.formAction}">
      ${renderCsrfField(view.csrfToken)}
      <label for="email">E-mail</label>
      <input
        id="email"
        name="email"
        type="email"
        autocomplete="username"
        value="${view.email}"
        required
      />
      <label for="password">Password</label>
      <input
        id="password"
        name="password"
        type="password"
        autocomplete="current-password"
        required
      />
      <button type="submit">Sign in</button>
    </form>
    <p class="hint">
      Demo account: ${DEMO_EMAIL}, password “${DEMO_PASSWORD}”.
    </p>
    <p class="hint">
      Account managed by an administrator: ${MANAGED_EMAIL}, same password.
    </p>`;

  return renderPage('Sign in', body);
}
