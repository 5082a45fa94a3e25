import { formatDateTime } from '../html/dates.ts';
import { html, type SafeHtml } from '../html/html.ts';
import { renderPage } from '../html/layout.ts';
import type { Message } from '../outbox.ts';

function renderMessage(message: Message): SafeHtml {
  return html`<article class="message">
    <h2>${message.subject}</h2>
    <p class="hint">
      To ${message.recipient} · ${formatDateTime(message.sentAt)}
    </p>
    <p>${message.body}</p>
  </article>`;
}

/** The demo's stand-in mailbox: every e-mail sent, newest first. */
export function renderOutboxPage(messages: readonly Message[]): string {
  const list =
    messages.length === 0
      ? html`<p>No e-mail has been sent yet.</p>`
      : messages.map(renderMessage);
  const body = html`<h1>Outbox</h1>
    <p class="hint">
      This demo sends no real e-mail. Messages to every demo account are kept
      here instead, newest first.
    </p>
    ${list}`;

  return renderPage('Outbox', body);
}
