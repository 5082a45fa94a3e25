import { html, type SafeHtml } from '../html/html.ts';

/** A bare document holding one QR code, for a page to show in an iframe. */
export function renderQrFramePage(qr: SafeHtml): string {
  const page = html`<!doctype html>
    <html lang="en">
      <head>
        <meta charset="utf-8" />
        <title>QR code</title>
        <style>
          body {
            margin: 0;
          }
          img {
            display: block;
          }
        </style>
      </head>
      <body>
        ${qr}
      </body>
    </html> `;

  return page.text;
}
