// Windows-1252 code points for bytes 0x80-0x9F (WHATWG Encoding); the
// five unassigned bytes keep their C1 control code point.
const WINDOWS_1252_HIGH = [
  0x20ac, 0x81, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030,
  0x0160, 0x2039, 0x0152, 0x8d, 0x017d, 0x8f, 0x90, 0x2018, 0x2019, 0x201c,
  0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0x9d,
  0x017e, 0x0178,
];

const utf8 = new TextDecoder('utf-8', { fatal: true });

function decodeWindows1252(bytes: Uint8Array): string {
  let text = '';

  for (const byte of bytes) {
    const isHigh = byte >= 0x80 && byte <= 0x9f;
    const codePoint = isHigh ? WINDOWS_1252_HIGH[byte - 0x80] : byte;
    text += String.fromCharCode(codePoint ?? byte);
  }

  return text;
}

function decodeBytes(bytes: Uint8Array): string {
  try {
    return utf8.decode(bytes);
  } catch {
    // Not UTF-8: old generators escape Latin text byte by byte (`%E9`).
    return decodeWindows1252(bytes);
  }
}

/**
 * Percent-decodes `text` without ever throwing, unlike
 * `decodeURIComponent`: UTF-8 first, then Windows-1252; a `%` that does
 * not start an escape stays as it is.
 */
export function decodePercent(text: string): string {
  return text.replace(/(?:%[0-9a-f]{2})+/gi, (run) => {
    const bytes = new Uint8Array(run.length / 3);

    for (let index = 0; index < bytes.length; index++) {
      bytes[index] = parseInt(run.slice(index * 3 + 1, index * 3 + 3), 16);
    }

    return decodeBytes(bytes);
  });
}
