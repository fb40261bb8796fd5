/**
 * The one IP address pattern of the engine: an IPv4 dotted quad, or an IPv6 address (hex groups with at
 * least two colons, optionally ending in a dotted quad). Anchored and bounded: linear on any input.
 */
const IP_ADDRESS =
  /^(?:\d{1,3}(?:\.\d{1,3}){3}|[0-9A-Fa-f]{0,4}(?::[0-9A-Fa-f]{0,4}){2,7}(?::\d{1,3}(?:\.\d{1,3}){3})?)$/;

/**
 * `text` as an IP address, or null: the whole token must be one. An `IPv6:` prefix (RFC 5321 address
 * literal) is dropped; a redacted address such as "10.0.1.x" is no address.
 */
export function asIp(text: string): string | null {
  let t = text.trim();
  if (hasIpv6Prefix(t)) t = t.slice(5);
  return IP_ADDRESS.test(t) ? t : null;
}

/** `text` starts with "IPv6:" in any case, told by char code: no lower-cased copy per address read. */
function hasIpv6Prefix(text: string): boolean {
  return (
    text.length >= 5 &&
    (text.charCodeAt(0) | 0x20) === 105 /* i */ &&
    (text.charCodeAt(1) | 0x20) === 112 /* p */ &&
    (text.charCodeAt(2) | 0x20) === 118 /* v */ &&
    text.charCodeAt(3) === 54 /* 6 */ &&
    text.charCodeAt(4) === 58 /* : */
  );
}

/** Characters that end a word in a comment: the word is an address only when whole. */
const WORD_END = /[\s;,()[\]<>]/;

/** Where the word that starts at `from` ends (at whitespace or punctuation). */
export function wordEnd(text: string, from: number): number {
  let end = from;
  while (end < text.length && !WORD_END.test(text.charAt(end))) end++;
  return end;
}

/** The word that starts at `from`, a final '.' (end of a sentence) removed. */
export function wordAt(text: string, from: number): string {
  const word = text.slice(from, wordEnd(text, from));
  return word.endsWith('.') ? word.slice(0, -1) : word;
}
