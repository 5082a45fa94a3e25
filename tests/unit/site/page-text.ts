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

/** The value of a form's hidden field. */
export function readHiddenField(html: string, name: string): string {
  const pattern = new RegExp(`type="hidden" name="${name}" value="([^"]*)"`);
  const value = readMatch(html, pattern);
  if (value === undefined) {
    throw new Error(`The page has no hidden field ${name}`);
  }

  return value;
}

/** The backup codes a page lists, as shown: `1234 5678`. */
export function readBackupCodes(html: string): string[] {
  const list = readMatch(html, /<ol class="backup-codes">([\s\S]*?)<\/ol>/);

  return [...(list ?? '').matchAll(/<code>([^<]*)<\/code>/g)].map(
    (match) => match[1] ?? '',
  );
}

/** The security page's count of unused backup codes, as a sentence. */
export function readCodesLeft(html: string): string | undefined {
  return readMatch(html, /id="backup-codes-left">\s*([^<]*?)\s*</);
}

/** The text of every paragraph, with runs of white space made single. */
export function readParagraphs(html: string): string[] {
  return [...html.matchAll(/<p(?:\s[^>]*)?>([\s\S]*?)<\/p>/g)].map((match) =>
    (match[1] ?? '')
      .replace(/<[^>]+>/g, '')
      .replace(/\s+/g, ' ')
      .trim(),
  );
}

/** How a checkbox looks to a user, or undefined if there is none. */
export function readCheckbox(
  html: string,
  id: string,
):
  { isChecked: boolean; isDisabled: boolean; isRequired: boolean } | undefined {
  const pattern = new RegExp(`<input\\s+type="checkbox"\\s+id="${id}"[^>]*>`);
  const tag = pattern.exec(html)?.[0];
  if (!tag) {
    return undefined;
  }

  return {
    isChecked: /\schecked\b/.test(tag),
    isDisabled: /\sdisabled\b/.test(tag),
    isRequired: /\srequired\b/.test(tag),
  };
}

/** The sign-in codes in the outbox's messages, in the order listed. */
export function readOutboxCodes(html: string): string[] {
  return [...html.matchAll(/Your sign-in code is (\d{6})\./g)].map(
    (match) => match[1] ?? '',
  );
}
