import { html, type SafeHtml } from '../html/html.ts';
import { renderPage, type Theme } from '../html/layout.ts';

/** A page whose only QR code links to an app store, not an enrollment. */
export function renderAppPage(appQr: SafeHtml, theme: Theme): string {
  const body = html`<h1>Get our app</h1>
    <p>Scan this code with your phone's camera to install Twostep Demo.</p>
    <figure>${appQr}</figure>
    <p><a href="/">Back</a></p>`;

  return renderPage('Get our app', body, theme);
}

/** A help page about 2-Step Verification that has no QR code at all. */
export function renderPlainHelpPage(): string {
  const body = html`<h1>Help with 2-Step Verification</h1>
    <p>
      2-Step Verification asks for a code from your authenticator app each time
      you sign in, after your password.
    </p>
    <p>
      To turn it on, sign in, open Account security and choose Set up. You will
      be asked for your password again, then shown a QR code to scan.
    </p>
    <p><a href="/">Back</a></p>`;

  return renderPage('Help', body);
}
