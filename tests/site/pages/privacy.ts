import { html, trustHtml, type SafeHtml } from '../html/html.ts';
import { renderCsrfField, renderPage } from '../html/layout.ts';
import type { PrivacyChoices } from '../privacy.ts';
import { MANAGED_BY_ADMIN } from './managed.ts';

/** What the product privacy page shows. */
export interface PrivacyView {
  csrfToken: string;
  choices: PrivacyChoices;
  /** Whether an administrator decides usage analytics. */
  isUsageAnalyticsManaged: boolean;
  notice?: string;
}

interface Category {
  /** The checkbox's id and field name. */
  name: string;
  label: string;
  explanation: string;
  isOn: boolean;
  /** Why the checkbox cannot be changed, if it cannot. */
  lock?: string;
}

function renderCategory(category: Category): SafeHtml {
  const { name, isOn, lock } = category;
  const lockNote = lock
    ? html`<p class="managed" id="${name}-lock">${lock}</p>`
    : '';
  const describedBy = lock
    ? `${name}-explanation ${name}-lock`
    : `${name}-explanation`;

  return html`<div class="choice">
    <input
      type="checkbox"
      id="${name}"
      name="${name}"
      ${trustHtml(isOn ? 'checked' : '')}
      ${trustHtml(lock ? 'disabled' : '')}
      aria-describedby="${describedBy}"
    />
    <div>
      <label for="${name}">${category.label}</label>
      <p class="hint" id="${name}-explanation">${category.explanation}</p>
      ${lockNote}
    </div>
  </div>`;
}

function listCategories(view: PrivacyView): Category[] {
  return [
    {
      name: 'required',
      label: 'Required',
      explanation:
        'What the site needs to work: signing you in, keeping your ' +
        'account secure and remembering these choices.',
      isOn: true,
      lock: 'Always on',
    },
    {
      name: 'usage-analytics',
      label: 'Usage analytics',
      explanation: 'Which pages and buttons you use, to make them easier.',
      isOn: view.choices.isUsageAnalyticsOn,
      lock: view.isUsageAnalyticsManaged ? MANAGED_BY_ADMIN : undefined,
    },
    {
      name: 'error-reports',
      label: 'Error reports',
      explanation: 'What went wrong when the site fails, to fix it.',
      isOn: view.choices.isErrorReportsOn,
    },
  ];
}

/** Lets a user choose what optional data the product may collect. */
export function renderPrivacyPage(view: PrivacyView): string {
  const notice = view.notice
    ? html`<p class="notice" role="status">${view.notice}</p>`
    : '';
  const body = html`<h1>Product privacy</h1>
    ${notice}
    <p>Choose what Twostep Demo may collect about how you use it.</p>
    <form method="post" action="/privacy">
      ${renderCsrfField(view.csrfToken)}
      <fieldset>
        <legend>Data categories</legend>
        ${listCategories(view).map(renderCategory)}
      </fieldset>
      <p class="hint">
        Your choices apply in all browsers where you are signed in
      </p>
      <button type="submit">Save</button>
    </form>
    <p><a href="/security">Back to Account security</a></p>`;

  return renderPage('Product privacy', body);
}
