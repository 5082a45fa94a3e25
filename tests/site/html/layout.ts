import { html, trustHtml, type SafeHtml } from './html.ts';
import { STYLES } from './styles.ts';

/** A page's colours: the site's light theme, or a dark one. */
export type Theme = 'light' | 'dark';

/** Wraps a page body in the shared document, header and stylesheet. */
export function renderPage(
  title: string,
  body: SafeHtml,
  theme: Theme = 'light',
): string {
  const page = html`<!doctype html>
    <html lang="en">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>${title} – Twostep Demo</title>
        <style>
          ${trustHtml(STYLES)}
        </style>
      </head>
      <body class="${theme}">
        <header>Twostep Demo</header>
        <main>${body}</main>
      </body>
    </html> `;

  return page.text;
}

/** The hidden field that carries the session's CSRF token in every form. */
export function renderCsrfField(csrfToken: string): SafeHtml {
  return html`<input type="hidden" name="csrf" value="${csrfToken}" />`;
}

/** An error paragraph, or nothing when there is no error to show. */
export function renderError(message: string | undefined): SafeHtml {
  if (!message) {
    return html``;
  }

  return html`<p class="error" role="alert">${message}</p>`;
}
