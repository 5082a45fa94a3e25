import { formatDate } from '../html/dates.ts';
import { html, type SafeHtml } from '../html/html.ts';
import { renderCsrfField, renderPage } from '../html/layout.ts';
import { MANAGED_BY_ADMIN } from './managed.ts';

/** The state of a user's saved backup codes. */
export interface BackupCodesSummary {
  unusedCount: number;
  refreshedAt: number;
}

/** What the account security page shows. */
export interface SecurityView {
  csrfToken: string;
  email: string;
  isTwoStepOn: boolean;
  /** Whether an administrator requires 2-Step Verification. */
  isTwoStepRequired: boolean;
  /** Undefined until the user first saves backup codes. */
  backupCodes?: BackupCodesSummary;
  /** A sentence confirming the change the user just made, if any. */
  notice?: string;
}

function renderTwoStepControls(view: SecurityView): SafeHtml {
  if (!view.isTwoStepOn) {
    return html`<a class="button" href="/security/2sv/setup">Set up</a>`;
  }

  // An account whose administrator requires 2SV can only change app.
  const turnOff = view.isTwoStepRequired
    ? ''
    : html`<a class="button" href="/security/2sv/off">Turn off</a>`;

  return html`${turnOff}
    <a class="button secondary" href="/security/2sv/setup">
      Change authenticator app
    </a>`;
}

function renderRequirement(view: SecurityView): SafeHtml | string {
  if (!view.isTwoStepRequired) {
    return '';
  }

  return html`<p class="managed">${MANAGED_BY_ADMIN}</p>
    <p>Your administrator requires 2-Step Verification for this account.</p>`;
}

function describeCodesLeft(count: number): string {
  return count === 1 ? '1 backup code left' : `${count} backup codes left`;
}

function renderBackupCodes(summary: BackupCodesSummary | undefined): SafeHtml {
  if (!summary) {
    return html`<p>Sign in with a backup code if you lose your phone.</p>
      <a class="button" href="/security/backup-codes">Get backup codes</a>`;
  }

  return html`<p id="backup-codes-left">
      ${describeCodesLeft(summary.unusedCount)}
    </p>
    <p class="hint">Last refreshed: ${formatDate(summary.refreshedAt)}</p>
    <a class="button" href="/security/backup-codes">Get new codes</a>`;
}

/** The signed-in home: who you are and how the account is protected. */
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
      ${renderRequirement(view)} ${renderTwoStepControls(view)}
    </section>
    <section aria-labelledby="backup-codes-heading">
      <h2 id="backup-codes-heading">Backup codes</h2>
      ${renderBackupCodes(view.backupCodes)}
    </section>
    <section aria-labelledby="privacy-heading">
      <h2 id="privacy-heading">Privacy</h2>
      <p><a href="/privacy">Product privacy</a></p>
    </section>
    <form method="post" action="/signout">
      ${renderCsrfField(view.csrfToken)}
      <button type="submit" class="secondary">Sign out</button>
    </form>`;

  return renderPage('Account security', body);
}
