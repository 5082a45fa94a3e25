import { formatBackupCode } from '../backup-codes.ts';
import { formatDate } from '../html/dates.ts';
import { html } from '../html/html.ts';
import { renderCsrfField, renderError, renderPage } from '../html/layout.ts';

/** What the page that shows a new batch of backup codes shows. */
export interface BackupCodesView {
  csrfToken: string;
  /** The new codes, eight digits each; shown on this page only. */
  codes: readonly string[];
  refreshedAt: number;
  /** Whether saving the new codes stops older ones from working. */
  hasOldCodes: boolean;
  error?: string;
}

/** Shows new backup codes once, and saves them when the user confirms. */
export function renderBackupCodesPage(view: BackupCodesView): string {
  const codes = view.codes.map(
    (code) => html`<li><code>${formatBackupCode(code)}</code></li>`,
  );
  const replacing = view.hasOldCodes
    ? html`<p class="hint">Your old codes stop working when you update.</p>`
    : '';
  const body = html`<h1>Backup codes</h1>
    <p>
      Use a backup code to sign in if you lose your phone. Each code works once.
      Keep them somewhere safe: they are shown only now.
    </p>
    <p class="hint">Last refreshed: ${formatDate(view.refreshedAt)}</p>
    <ol class="backup-codes">
      ${codes}
    </ol>
    ${renderError(view.error)}
    <form method="post" action="/security/backup-codes">
      ${renderCsrfField(view.csrfToken)}
      <input type="hidden" name="codes" value="${view.codes.join(',')}" />
      <div class="choice">
        <input type="checkbox" id="saved" name="saved" value="yes" required />
        <label for="saved">I have saved my backup codes</label>
      </div>
      ${replacing}
      <button type="submit">Update</button>
    </form>
    <p><a href="/security">Cancel</a></p>`;

  return renderPage('Backup codes', body);
}
