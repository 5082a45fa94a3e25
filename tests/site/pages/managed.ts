import { html } from '../html/html.ts';
import { renderPage } from '../html/layout.ts';

/** The note beside a setting that the user's administrator decides. */
export const MANAGED_BY_ADMIN = 'Managed by your administrator';

/** Refuses a change that the account's administrator does not allow. */
export function renderManagedPage(reason: string): string {
  const body = html`<h1>${MANAGED_BY_ADMIN}</h1>
    <p>${reason}</p>
    <p><a href="/security">Back to Account security</a></p>`;

  return renderPage(MANAGED_BY_ADMIN, body);
}
