// Small readers for the demo site's markup, so tests state what a user
// would see rather than how the page is built.

function readMatch(html: string, pattern: RegExp): string | undefined {
  return pattern.exec(html)?.[1];
}

/** The CSRF token of the page's first form. */
export function readCsrfToken(html: string): string {
  const token = readMatch(html, /name="csrf" value="([^"]+)"/);
  if (!token) {
    throw new Error('The page has no form with a CSRF token');
  }

  return token;
}

/** The page's one heading. */
export function readHeading(html: string): string | undefined {
  return readMatch(html, /<h1>([^<]*)<\/h1>/);
}

/** The error message the page shows, if any. */
export function readError(html: string): string | undefined {
  return readMatch(html, /<p class="error" role="alert">([^<]*)<\/p>/);
}

/** The confirmation the page shows after a change, if any. */
export function readNotice(html: string): string | undefined {
  return readMatch(html, /<p class="notice" role="status">([^<]*)<\/p>/);
}

/** The 2-Step Verification status on the security page: On or Off. */
export function readTwoStepStatus(html: string): string | undefined {
  return readMatch(html, /id="two-step-status"\s*>([^<]*)</);
}

/** The setup key as shown, in groups of four. */
export function readSetupKey(html: string): string {
  const key = readMatch(html, /<code id="setup-key">([^<]*)<\/code>/);
  if (!key) {
    throw new Error('The page shows no setup key');
  }

  return key;
}

/** How many QR codes the page shows, counted by their accessible label. */
export function countQrCodes(html: string): number {
  return html.match(/(alt|aria-label)="QR code[^"]*"/g)?.length ?? 0;
}
