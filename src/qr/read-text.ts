import type { QRCode } from 'jsqr';

// Windows-1252 bytes 0x80-0x9F, from the WHATWG Encoding Standard's index;
// the other bytes are Latin-1. Written out because Node 20.18.3 and later
// decode this range as Latin-1 (nodejs/node#60888), unlike browsers.
const WINDOWS_1252_HIGH = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030,
  0x160, 0x2039, 0x152, 0x8d, 0x17d, 0x8f, 0x90, 0x2018, 0x2019, 0x201c, 0x201d,
  0x2022, 0x2013, 0x2014, 0x2dc, 0x2122, 0x161, 0x203a, 0x153, 0x9d, 0x17e,
  0x178,
];

/**
 * Returns a code's text. jsQR drops byte segments that are not valid UTF-8
 * (older generators write Windows-1252), so those are decoded here from the
 * raw bytes, as UTF-8 if they are and as Windows-1252 if not.
 */
export function readCodeText(code: QRCode): string {
  if (!hasDroppedBytes(code)) {
    return code.data;
  }

  const bytes = Uint8Array.from(code.binaryData);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    // Not UTF-8, so the other encoding generators use.
    return decodeWindows1252(bytes);
  }
}

function hasDroppedBytes(code: QRCode): boolean {
  // Kanji bytes are Shift JIS, which neither decoding here would read.
  const hasKanji = code.chunks.some((chunk) => chunk.type === 'kanji');
  const hasEmptyByteChunk = code.chunks.some(
    (chunk) =>
      chunk.type === 'byte' &&
      'bytes' in chunk &&
      chunk.bytes.length > 0 &&
      !('text' in chunk && chunk.text),
  );

  return !hasKanji && hasEmptyByteChunk;
}

function decodeWindows1252(bytes: Uint8Array): string {
  const codePoints = Array.from(bytes, (byte) =>
    byte >= 0x80 && byte <= 0x9f
      ? (WINDOWS_1252_HIGH[byte - 0x80] ?? byte)
      : byte,
  );

  return String.fromCodePoint(...codePoints);
}
