/** Markup that is already safe to send, so `html` leaves it as it is. */
export class SafeHtml {
  constructor(readonly text: string) {}

  toString(): string {
    return this.text;
  }
}

type Fragment = SafeHtml | string | number | undefined | false | Fragment[];

const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Escapes text for use in element content and quoted attributes. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => ENTITIES[character] ?? '');
}

function renderFragment(fragment: Fragment): string {
  if (fragment === undefined || fragment === false) {
    return '';
  }

  if (Array.isArray(fragment)) {
    return fragment.map(renderFragment).join('');
  }

  if (fragment instanceof SafeHtml) {
    return fragment.text;
  }

  return escapeHtml(String(fragment));
}

/** Builds markup, escaping every interpolated value that is not SafeHtml. */
export function html(
  strings: TemplateStringsArray,
  ...values: Fragment[]
): SafeHtml {
  const parts = strings.map(
    (text, index) => text + renderFragment(values[index]),
  );

  return new SafeHtml(parts.join(''));
}

/** Marks trusted markup, such as the QR code library's SVG, as safe. */
export function trustHtml(text: string): SafeHtml {
  return new SafeHtml(text);
}
