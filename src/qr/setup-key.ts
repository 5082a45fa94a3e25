// Words that sit beside a setup key on enrollment pages, in the languages
// most sites are offered in. English words need whole-word matches ("key",
// not "keyboard"); the others are distinctive enough as they are.
const ENGLISH_PHRASES =
  /(?<![a-z])(?:key|secret|can['’]?t scan|cannot scan|unable to scan|manual(?:ly)?)(?![a-z])/i;
const OTHER_PHRASES = new RegExp(
  [
    'schlüssel|scannen|manuell', // German, Dutch
    'cl[ée]|clef|scanner|manuellement|secr[eè]te', // French
    'clave|chave|escanear|digitalizar|manualmente|secret[oa]', // Spanish, Portuguese
    'chiave|scansionare|segreta', // Italian
    'sleutel|handmatig|geheim', // Dutch
    'klucz|zeskanować|ręcznie', // Polish
    'ключ|сканир|вручную|вручну', // Russian, Ukrainian
    'anahtar|tarayam', // Turkish
    'nyckel|nøgle|nøkkel|skanna', // Swedish, Danish, Norwegian
    'キー|スキャンできない|手動', // Japanese
    '密钥|密鑰|金鑰|秘钥|无法扫描|無法掃描|手动', // Chinese
    '키|스캔할 수 없|수동', // Korean
  ].join('|'),
  'i',
);
// A key sits on the line of its words or just below them (a heading, then
// the key; a label cell, then the value); seldom above.
const LINES_BEFORE = 1;
const LINES_AFTER = 3;
// 16 characters (80 bits) is the shortest key sites use; 128 is longer
// than a 64-byte key needs.
const MIN_LENGTH = 16;
const MAX_LENGTH = 128;
const MIN_GROUP = 3;
const MAX_GROUP = 8;
// Punctuation ends a run ("Key: abcd efgh", the key starts after the colon);
// spaces of any width and hyphens only group it.
const BREAKS = /[:;,.!?()[\]{}<>"'“”«»|/\\=]+/;
const SEPARATORS = /[\s\u00a0\u2000-\u200b\u202f\u3000·•‐‑‒–—-]+/;
const BASE32 = /^[A-Za-z2-7]+$/;

/** Says whether a line of page text talks about a setup key. */
export function mentionsSetupKey(line: string): boolean {
  return ENGLISH_PHRASES.test(line) || OTHER_PHRASES.test(line);
}

/**
 * Finds the Base32 setup keys a page shows beside words such as "setup
 * key" or "can't scan?", given the page's text line by line. Returns each
 * key once, upper case and without grouping, in the order they appear.
 */
export function findSetupKeys(lines: readonly string[]): string[] {
  const keys = new Set<string>();
  lines.forEach((line, index) => {
    if (!mentionsSetupKey(line)) {
      return;
    }

    const start = Math.max(0, index - LINES_BEFORE);
    for (const nearby of lines.slice(start, index + LINES_AFTER + 1)) {
      for (const key of findKeyRuns(nearby)) {
        keys.add(key);
      }
    }
  });

  return [...keys];
}

/**
 * Finds runs of text that look like a Base32 key: one word of 16 or more
 * characters, or words of one length (3 to 8) with a shorter last one, as
 * sites group keys for reading.
 */
export function findKeyRuns(text: string): string[] {
  return text.split(BREAKS).flatMap(findRunsBetweenBreaks);
}

function findRunsBetweenBreaks(text: string): string[] {
  const words = text.split(SEPARATORS).filter((word) => word !== '');
  const runs: string[] = [];
  for (let index = 0; index < words.length;) {
    const run = readRun(words, index);
    if (run && isKeyLike(run)) {
      runs.push(run.join('').toUpperCase());
      index += run.length;
    } else {
      index += 1;
    }
  }

  return runs;
}

function readRun(words: string[], start: number): string[] | null {
  const first = words[start]!;
  if (!BASE32.test(first)) {
    return null;
  }
  if (first.length >= MIN_LENGTH) {
    return [first];
  }
  if (first.length < MIN_GROUP || first.length > MAX_GROUP) {
    return null;
  }

  const run = [first];
  for (const word of words.slice(start + 1)) {
    if (!BASE32.test(word) || word.length > first.length) {
      break;
    }

    run.push(word);
    // Only the last group may be short.
    if (word.length < first.length) {
      break;
    }
  }

  return run;
}

/**
 * Tells a key from words: a key is all upper or all lower case, mostly
 * letters, and (unless it is one long upper-case word, which no language
 * writes) holds one of the digits 2-7. A random 16-character key lacks a
 * digit 4% of the time; missing those is safer than offering a sentence.
 */
function isKeyLike(run: string[]): boolean {
  const text = run.join('');
  if (text.length < MIN_LENGTH || text.length > MAX_LENGTH) {
    return false;
  }

  const isUpper = text === text.toUpperCase();
  if (!isUpper && text !== text.toLowerCase()) {
    return false;
  }

  const digits = text.replace(/[^2-7]/g, '').length;
  if (digits * 2 > text.length) {
    return false;
  }

  return digits > 0 || (isUpper && run.length === 1);
}
