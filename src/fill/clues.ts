import { normalizeText, splitIdentifier } from './match';

// Labels sit at most a few wrappers above the input; further up the text
// belongs to the rest of the page.
const NEARBY_LEVELS = 3;
const NEARBY_CHARACTERS = 300;
// Compared by number: `instanceof Element` fails across frames and worlds.
const ELEMENT_NODE = 1;
const SILENT_TAGS = new Set(['script', 'style', 'template', 'select']);

/** What a person would read to learn what an input is for. */
export interface Clues {
  /** The name and id, split into words. */
  identity: string;
  /** Class names; a hint only, since layout classes say "hidden-phone". */
  classes: string;
  /** Labels, aria-label(ledby), placeholder and title. */
  label: string;
  /** Text just before the field, and its aria-describedby text. */
  nearby: string;
  /** Words of the images beside the field, to spot a captcha picture. */
  images: string;
  autocomplete: string[];
}

/** Reads the clues of an input, normalized for keyword matching. */
export function readClues(input: HTMLInputElement): Clues {
  const autocomplete = input.getAttribute('autocomplete') ?? '';

  return {
    identity: splitIdentifier(`${input.name} ${input.id}`),
    classes: splitIdentifier(input.getAttribute('class') ?? ''),
    label: normalizeText(readLabels(input).join(' ')),
    nearby: normalizeText(readNearbyText(input)),
    images: splitIdentifier(readImageWords(input)),
    autocomplete: autocomplete.toLowerCase().split(/\s+/).filter(Boolean),
  };
}

function readLabels(input: HTMLInputElement): string[] {
  const labels = new Set<Element>(input.labels ?? []);
  const wrapping = input.closest('label');
  if (wrapping) {
    labels.add(wrapping);
  }

  const texts = [...labels].map(readText);
  texts.push(...readReferencedTexts(input, 'aria-labelledby'));
  for (const name of ['aria-label', 'placeholder', 'title']) {
    texts.push(input.getAttribute(name) ?? '');
  }

  return texts;
}

function readReferencedTexts(element: Element, attribute: string): string[] {
  const root = element.getRootNode() as Document | ShadowRoot;
  const ids = (element.getAttribute(attribute) ?? '').split(/\s+/);

  return ids
    .filter(Boolean)
    .map((id) => root.getElementById(id))
    .map((referenced) => (referenced ? readText(referenced) : ''));
}

function readNearbyText(input: HTMLInputElement): string {
  const parts = readReferencedTexts(input, 'aria-describedby');
  let length = 0;
  let node: Element | null = input;
  for (let level = 0; node && level < NEARBY_LEVELS; level++) {
    // Closest text first, so the cut below drops the farthest.
    let sibling = node.previousSibling;
    while (sibling && length < NEARBY_CHARACTERS) {
      const text = readText(sibling);
      parts.push(text);
      length += text.length;
      sibling = sibling.previousSibling;
    }
    node = node.parentElement;
  }

  return parts.join(' ').slice(0, NEARBY_CHARACTERS);
}

function readImageWords(input: HTMLInputElement): string {
  // Two levels up, short of the page itself: a captcha picture sits right
  // beside its field, and the whole page holds unrelated images.
  const page = input.ownerDocument;
  const container = [input.parentElement, input.parentElement?.parentElement]
    .filter((element) => element && element !== page.body)
    .pop();
  const images = container?.querySelectorAll('img, canvas') ?? [];

  return [...images]
    .map((image) =>
      ['alt', 'src', 'id', 'class'].map((name) => image.getAttribute(name)),
    )
    .flat()
    .join(' ');
}

function readText(node: Node): string {
  const isSilent =
    node.nodeType === ELEMENT_NODE &&
    SILENT_TAGS.has((node as Element).localName);

  return isSilent ? '' : (node.textContent ?? '').slice(0, NEARBY_CHARACTERS);
}
