/**
 * Domain names to ASCII (IDNA): each non-ASCII label becomes "xn--" + its RFC 3492 Punycode encoding.
 * Written here because the engine must run in a browser without Node's `url`/`punycode` modules, and
 * tldts compares domains but does not convert them. Labels are NFKC-normalised and lower-cased
 * first (the common part of the UTS #46 mapping that real From domains need).
 */

const BASE = 36;
const T_MIN = 1;
const T_MAX = 26;
const SKEW = 38;
const DAMP = 700;
const INITIAL_BIAS = 72;
const INITIAL_N = 128;

function adapt(delta: number, numPoints: number, firstTime: boolean): number {
  let d = firstTime ? Math.floor(delta / DAMP) : delta >> 1;
  d += Math.floor(d / numPoints);
  let k = 0;
  while (d > ((BASE - T_MIN) * T_MAX) >> 1) {
    d = Math.floor(d / (BASE - T_MIN));
    k += BASE;
  }
  return k + Math.floor(((BASE - T_MIN + 1) * d) / (d + SKEW));
}

function digit(d: number): string {
  // 0..25 → a..z, 26..35 → 0..9
  return String.fromCharCode(d < 26 ? d + 97 : d + 22);
}

/** RFC 3492 §6.3 encoding of one label (without the "xn--" prefix). */
export function punycodeEncode(input: string): string {
  const codePoints = Array.from(input, (ch) => ch.codePointAt(0) ?? 0);
  let output = '';
  for (const cp of codePoints) if (cp < 128) output += String.fromCharCode(cp);
  const basicLength = output.length;
  let handled = basicLength;
  if (basicLength > 0) output += '-';
  let n = INITIAL_N;
  let delta = 0;
  let bias = INITIAL_BIAS;
  while (handled < codePoints.length) {
    let m = Infinity;
    for (const cp of codePoints) if (cp >= n && cp < m) m = cp;
    delta += (m - n) * (handled + 1);
    n = m;
    for (const cp of codePoints) {
      if (cp < n) delta++;
      if (cp === n) {
        let q = delta;
        for (let k = BASE; ; k += BASE) {
          const t = k <= bias ? T_MIN : k >= bias + T_MAX ? T_MAX : k - bias;
          if (q < t) break;
          output += digit(t + ((q - t) % (BASE - t)));
          q = Math.floor((q - t) / (BASE - t));
        }
        output += digit(q);
        bias = adapt(delta, handled + 1, handled === basicLength);
        delta = 0;
        handled++;
      }
    }
    delta++;
    n++;
  }
  return output;
}

/** Lower-cased ASCII form of a domain; labels that are already ASCII are kept as they are. */
export function domainToAscii(domain: string): string {
  // ASCII is its own NFKC form and needs no Punycode: only the case changes (most domains asked about).
  if (isAscii(domain)) return domain.toLowerCase();
  // Ideographic and fullwidth full stops separate labels too (IDNA2003 / UTS #46).
  const labels = domain.split(/[.\u3002\uff0e\uff61]/);
  return labels
    .map((label) => {
      const lower = label.normalize('NFKC').toLowerCase();
      // A DNS label has at most 63 octets: longer text is no domain, and encoding it would cost
      // quadratic time (the encoder rescans the label once per distinct code point).
      // eslint-disable-next-line no-control-regex
      return lower.length > 63 || /^[\x00-\x7f]*$/.test(lower) ? lower : `xn--${punycodeEncode(lower)}`;
    })
    .join('.');
}

/** Every character is ASCII (U+0000–U+007F). */
export function isAscii(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 0x7f) return false;
  return true;
}

/** The ACE prefix of a Punycode label ("xn--"), anywhere in a domain. */
const ACE_ANYWHERE = /xn--/i;

/** a..z → 0..25, 0..9 → 26..35, anything else → -1. */
function digitValue(code: number): number {
  if (code >= 0x61 && code <= 0x7a) return code - 0x61;
  if (code >= 0x41 && code <= 0x5a) return code - 0x41;
  if (code >= 0x30 && code <= 0x39) return code - 22;
  return -1;
}

/** RFC 3492 §6.2 decoding of one label (without "xn--"); null when the text is not valid Punycode. */
export function punycodeDecode(input: string): string | null {
  const codePoints: number[] = [];
  const basicEnd = input.lastIndexOf('-');
  for (let j = 0; j < Math.max(basicEnd, 0); j++) {
    const code = input.charCodeAt(j);
    if (code >= 0x80) return null;
    codePoints.push(code);
  }
  let n = INITIAL_N;
  let bias = INITIAL_BIAS;
  let i = 0;
  for (let index = basicEnd > 0 ? basicEnd + 1 : 0; index < input.length;) {
    const oldI = i;
    let w = 1;
    for (let k = BASE; ; k += BASE) {
      if (index >= input.length) return null;
      const d = digitValue(input.charCodeAt(index++));
      if (d < 0) return null;
      i += d * w;
      const t = k <= bias ? T_MIN : k >= bias + T_MAX ? T_MAX : k - bias;
      if (d < t) break;
      w *= BASE - t;
      if (i > 0x10ffff * (codePoints.length + 1)) return null;
    }
    bias = adapt(i - oldI, codePoints.length + 1, oldI === 0);
    n += Math.floor(i / (codePoints.length + 1));
    i %= codePoints.length + 1;
    if (n > 0x10ffff) return null;
    codePoints.splice(i++, 0, n);
  }
  return String.fromCodePoint(...codePoints);
}

/** The Unicode form of an ASCII domain: each "xn--" label decoded; a label that does not decode stays. */
export function domainToUnicode(domain: string): string {
  if (!ACE_ANYWHERE.test(domain)) return domain; // no label to decode
  return domain
    .split('.')
    .map((label) => {
      if (!/^xn--/i.test(label) || label.length > 63) return label;
      return punycodeDecode(label.slice(4).toLowerCase()) ?? label;
    })
    .join('.');
}
