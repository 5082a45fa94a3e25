import { html } from '../html/html.ts';
import { renderCsrfField, renderError, renderPage } from '../html/layout.ts';

/** What the password reconfirmation page shows. */
export interface ReconfirmView {
  csrfToken: string;
  email: string;
  /** Where the form posts; it names the path to return to. */
  formAction: string;
  error?: string;
}

/** Asks for the password again before a sensitive change. */
export function renderReconfirmPage(view: ReconfirmView): string {
  const body = html`<h1>Confirm it's you</h1>
    <p class="hint">${view.email}</p>
    <p>To continue, first verify it's you</p>
    ${renderError(view.error)}
    <form method="post" action="${view.formAction}">
      ${renderCsrfField(view.csrfToken)}
      <input
        type="hidden"
        name="username"
        autocomplete="username"
        value="${view.email}"
      />
      <label for="password">Enter your password</label>
      <input
        id="password"
        name="password"
        type="password"
        autocomplete="current-password"
        required
        autofocus
      />
      <button type="submit">Next</button>
    </form>`;

  return renderPage("Confirm it's you", body);
}
