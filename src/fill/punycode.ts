// Parameters of Punycode for host names, RFC 3492 section 5.
const BASE = 36;
const T_MIN = 1;
const T_MAX = 26;
const SKEW = 38;
const DAMP = 700;
const INITIAL_BIAS = 72;
const INITIAL_N = 128;
const DELIMITER = '-';
const LARGEST_CODE_POINT = 0x10ffff;

/** Decodes one Punycode label (without "xn--"), or null if malformed. */
export function decodePunycode(label: string): string | null {
  const delimiter = label.lastIndexOf(DELIMITER);
  const basic = delimiter > 0 ? label.slice(0, delimiter) : '';
  if (!/^[\x20-\x7e]*$/.test(basic)) {
    return null;
  }

  const output = [...basic];
  let n = INITIAL_N;
  let bias = INITIAL_BIAS;
  let i = 0;
  let position = delimiter > 0 ? delimiter + 1 : 0;
  while (position < label.length) {
    // Section 6.2: read one generalized variable-length integer.
    const oldI = i;
    let weight = 1;
    for (let k = BASE; ; k += BASE) {
      const digit = readDigit(label[position++]);
      if (digit === null || i > LARGEST_CODE_POINT * BASE) {
        return null;
      }

      i += digit * weight;
      const threshold = k <= bias ? T_MIN : Math.min(k - bias, T_MAX);
      if (digit < threshold) {
        break;
      }
      weight *= BASE - threshold;
    }

    bias = adapt(i - oldI, output.length + 1, oldI === 0);
    n += Math.floor(i / (output.length + 1));
    i %= output.length + 1;
    if (n > LARGEST_CODE_POINT) {
      return null;
    }
    output.splice(i, 0, String.fromCodePoint(n));
    i++;
  }

  return output.join('');
}

// Section 6.1: bias adaptation.
function adapt(delta: number, points: number, isFirst: boolean): number {
  let scaled = isFirst ? Math.floor(delta / DAMP) : Math.floor(delta / 2);
  scaled += Math.floor(scaled / points);
  let k = 0;
  while (scaled > ((BASE - T_MIN) * T_MAX) / 2) {
    scaled = Math.floor(scaled / (BASE - T_MIN));
    k += BASE;
  }

  return k + Math.floor(((BASE - T_MIN + 1) * scaled) / (scaled + SKEW));
}

// Section 5: a-z stand for 0-25 and 0-9 for 26-35.
function readDigit(character: string | undefined): number | null {
  const code = character?.toLowerCase().charCodeAt(0) ?? -1;
  if (code >= 0x61 && code <= 0x7a) {
    return code - 0x61;
  }

  return code >= 0x30 && code <= 0x39 ? code - 0x30 + 26 : null;
}
