/**
 * Base64 (RFC 2045 §6.8) to a binary string, one character per byte. Enough to search a base64 MIME part
 * for ASCII text such as status codes; written here because `atob` is not part of the ES2022 library
 * the engine is limited to. Characters outside the alphabet (line breaks, stray text) are skipped.
 */
const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const VALUES = new Int16Array(128).fill(-1);
for (let i = 0; i < ALPHABET.length; i++) VALUES[ALPHABET.charCodeAt(i)] = i;

/** Number of bytes the base64 text decodes to (used to map decoded text back to its encoded line). */
export function decodedLength(text: string): number {
  let sextets = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 128 && VALUES[c] >= 0) sextets++;
  }
  return Math.floor((sextets * 6) / 8);
}

export function decodeBase64Binary(text: string): string {
  const bytes: number[] = [];
  let buffer = 0;
  let bits = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const v = c < 128 ? VALUES[c] : -1;
    if (v < 0) continue;
    buffer = ((buffer << 6) | v) & 0xffffff;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      bytes.push((buffer >> bits) & 0xff);
    }
  }
  let out = '';
  // Chunks keep String.fromCharCode's argument count far below engine limits.
  for (let i = 0; i < bytes.length; i += 8192) out += String.fromCharCode(...bytes.slice(i, i + 8192));
  return out;
}
