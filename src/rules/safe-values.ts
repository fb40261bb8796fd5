/**
 * Values taken from headers, made fit for a command or a DNS record. Headers are attacker-controlled:
 * `From: <a@evil.example|calc>` must never put `|calc` into a PowerShell line an admin copies. Every
 * value is checked against the grammar of where it goes (a host name as LDH labels, an IP literal, a
 * DKIM selector); anything else becomes a placeholder such as `<sending domain>` plus a reason the caller
 * reports as a warning. Display forms show invisible and direction-changing characters as ⟨U+202E⟩.
 */
import { domainToAscii, domainToUnicode, punycodeDecode } from '../parser/punycode';

export type SafeValue =
  { ok: true; value: string; display: string } | { ok: false; placeholder: string; reason: string };

/** Longest piece of a rejected value quoted in a reason. */
const QUOTE_LIMIT = 80;
const MAX_HOSTNAME = 253;
const MAX_LABEL = 63;

/**
 * Code points that are invisible or change the direction of the text around them: C0/C1 controls and
 * DEL, soft hyphen, combining grapheme joiner, Arabic letter mark, fillers, Mongolian variation
 * selectors, zero-width space/joiners, direction marks, embeddings, overrides and isolates, word joiner
 * and invisible operators, variation selectors, the byte-order mark, interlinear annotation and tags.
 */
const INVISIBLE_RANGES: [number, number][] = [
  [0x00, 0x1f],
  [0x7f, 0x9f],
  [0xad, 0xad],
  [0x34f, 0x34f],
  [0x61c, 0x61c],
  [0x115f, 0x1160],
  [0x17b4, 0x17b5],
  [0x180b, 0x180f],
  [0x200b, 0x200f],
  [0x2028, 0x202e],
  [0x2060, 0x206f],
  [0x3164, 0x3164],
  [0xfe00, 0xfe0f],
  [0xfeff, 0xfeff],
  [0xffa0, 0xffa0],
  [0xfff9, 0xfffb],
  [0xe0000, 0xe007f],
];

function isInvisible(code: number): boolean {
  return INVISIBLE_RANGES.some(([low, high]) => code >= low && code <= high);
}

export function hasInvisible(text: string): boolean {
  if (isPrintableAscii(text)) return false;
  for (const char of text) if (isInvisible(char.codePointAt(0) ?? 0)) return true;
  return false;
}

function isPrintableAscii(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x20 || c > 0x7e) return false;
  }
  return true;
}

/** The text with every invisible or direction-changing character written out as ⟨U+XXXX⟩, never applied. */
export function showInvisible(text: string): string {
  if (isPrintableAscii(text)) return text; // most text: nothing to write out, no copy to build
  let out = '';
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    out += isInvisible(code) ? `⟨U+${code.toString(16).toUpperCase().padStart(4, '0')}⟩` : char;
  }
  return out;
}

/** A rejected value as a reason may quote it: visible, and short. */
function quoted(raw: string): string {
  const chars = Array.from(raw);
  const cut = chars.length > QUOTE_LIMIT ? `${chars.slice(0, QUOTE_LIMIT).join('')}…` : raw;
  return `"${showInvisible(cut)}"`;
}

function rejected(raw: string, what: string, why: string): SafeValue {
  return {
    ok: false,
    placeholder: `<${what}>`,
    reason: `The ${what} ${quoted(raw)} ${why}, so <${what}> stands in its place.`,
  };
}

function isLdhChar(code: number): boolean {
  return (code >= 0x61 && code <= 0x7a) || (code >= 0x30 && code <= 0x39) || code === 0x2d;
}

/** Why an ASCII label is not an LDH label (RFC 1123 §2.1, RFC 5890 A-labels), or null when it is one. */
function labelProblem(label: string): string | null {
  if (label.length === 0) return 'has an empty label';
  if (label.length > MAX_LABEL) return `has a label longer than ${MAX_LABEL} characters`;
  for (const char of label) {
    if (!isLdhChar(char.codePointAt(0) ?? 0))
      return `has the character ${quoted(char)}, not a letter, digit or hyphen`;
  }
  if (label.startsWith('-') || label.endsWith('-')) return 'has a label that starts or ends with a hyphen';
  if (label.startsWith('xn--')) {
    const decoded = punycodeDecode(label.slice(4));
    if (decoded === null) return 'has an "xn--" label that is not valid Punycode';
    if (hasInvisible(decoded)) return 'hides invisible characters in an "xn--" label';
  }
  return null;
}

/** Labels of a name checked as LDH; null when every label is fine. */
function namesProblem(ascii: string): string | null {
  if (ascii.length > MAX_HOSTNAME) return `is longer than ${MAX_HOSTNAME} characters`;
  for (const label of ascii.split('.')) {
    const problem = labelProblem(label);
    if (problem) return problem;
  }
  return null;
}

/**
 * A fully qualified host or domain name for a command or record: two or more LDH labels, lower case,
 * without the root dot. An IDN becomes its "xn--" form; `display` shows the Unicode form beside it.
 */
export function safeHostname(raw: string, what: string): SafeValue {
  if (raw.length === 0) return rejected(raw, what, 'is empty');
  if (hasInvisible(raw)) return rejected(raw, what, 'contains invisible or control characters');
  const name = raw.endsWith('.') ? raw.slice(0, -1) : raw;
  const ascii = domainToAscii(name);
  const problem = namesProblem(ascii);
  if (problem) return rejected(raw, what, `is not a valid host name: it ${problem}`);
  const labels = ascii.split('.');
  if (labels.length < 2) return rejected(raw, what, 'is not a fully qualified host name');
  if (/^\d+$/.test(labels[labels.length - 1]))
    return rejected(raw, what, 'ends in a number, like an IP address');
  const unicode = domainToUnicode(ascii);
  return { ok: true, value: ascii, display: unicode === ascii ? ascii : `${ascii} (${unicode})` };
}

/** A DKIM selector (RFC 6376 §3.1: a sub-domain, so one or more LDH labels). */
export function safeSelector(raw: string, what: string): SafeValue {
  if (raw.length === 0) return rejected(raw, what, 'is empty');
  if (hasInvisible(raw)) return rejected(raw, what, 'contains invisible or control characters');
  const ascii = raw.toLowerCase();
  const problem = namesProblem(ascii);
  if (problem) return rejected(raw, what, `is not a valid DKIM selector: it ${problem}`);
  return { ok: true, value: ascii, display: ascii };
}

function isDigits(text: string, max: number): boolean {
  if (text.length === 0 || text.length > max) return false;
  for (const char of text) if (char < '0' || char > '9') return false;
  return true;
}

function isHexGroup(text: string): boolean {
  if (text.length === 0 || text.length > 4) return false;
  for (const char of text.toLowerCase())
    if (!((char >= '0' && char <= '9') || (char >= 'a' && char <= 'f'))) return false;
  return true;
}

/** Dotted-quad IPv4, each part 0–255 without leading zeros (which some tools read as octal). */
function isIpv4(text: string): boolean {
  const parts = text.split('.');
  return (
    parts.length === 4 &&
    parts.every((p) => isDigits(p, 3) && Number(p) <= 255 && (p === '0' || !p.startsWith('0')))
  );
}

/** IPv6 in RFC 4291 §2.2 text form (groups, one "::", an IPv4 tail); no zone index. */
function isIpv6(text: string): boolean {
  const halves = text.split('::');
  if (halves.length > 2) return false;
  const groups = halves.flatMap((half) => (half === '' ? [] : half.split(':')));
  let count = 0;
  for (const [index, group] of groups.entries()) {
    if (index === groups.length - 1 && group.includes('.')) {
      if (!isIpv4(group)) return false;
      count += 2;
    } else if (isHexGroup(group)) {
      count += 1;
    } else {
      return false;
    }
  }
  return halves.length === 2 ? count <= 7 : count === 8;
}

/** An IPv4 or IPv6 address (square brackets of a Received literal removed), IPv6 in lower case. */
export function safeIpLiteral(raw: string, what: string): SafeValue {
  if (hasInvisible(raw)) return rejected(raw, what, 'contains invisible or control characters');
  const bare = raw.startsWith('[') && raw.endsWith(']') ? raw.slice(1, -1) : raw;
  if (isIpv4(bare)) return { ok: true, value: bare, display: bare };
  if (bare.includes(':') && isIpv6(bare))
    return { ok: true, value: bare.toLowerCase(), display: bare.toLowerCase() };
  return rejected(raw, what, 'is not an IPv4 or IPv6 address');
}

/** Single quotes PowerShell accepts as the quote character, each escaped by doubling it. */
const POWERSHELL_QUOTES = new Set(["'", '\u2018', '\u2019', '\u201a', '\u201b']);

/**
 * A PowerShell single-quoted string: no variable or subexpression expansion inside, and every quote
 * character PowerShell recognises doubled. Meant for values already validated above.
 */
export function powershellQuote(value: string): string {
  let out = "'";
  for (const char of value) out += POWERSHELL_QUOTES.has(char) ? char + char : char;
  return `${out}'`;
}

/** Any header value as a quoted PowerShell argument; invisible and control characters are refused. */
export function powershellArgument(raw: string, what: string): SafeValue {
  if (raw.length === 0) return rejected(raw, what, 'is empty');
  if (hasInvisible(raw)) return rejected(raw, what, 'contains invisible or control characters');
  return { ok: true, value: powershellQuote(raw), display: raw };
}
