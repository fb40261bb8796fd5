/**
 * Windows-1252, the "ANSI" code page old Windows mailers write raw 8-bit headers in. It is Latin-1 except
 * for 0x80–0x9F, which hold typographic characters (€, curly quotes, dashes) instead of C1 controls.
 * Node's TextDecoder('windows-1252') decodes those bytes as Latin-1 C1 controls (0x97 becomes U+0097,
 * not the em dash U+2014), so the table is written out here.
 * Source: WHATWG Encoding Standard, index-windows-1252, https://encoding.spec.whatwg.org/index-windows-1252.txt
 * (the five bytes it leaves undefined, 0x81 0x8D 0x8F 0x90 0x9D, stay the code points of the same value).
 */
import { TextDecoder } from './text-codec';

const HIGH_ROW =
  '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f' +
  '\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

const latin1 = new TextDecoder('latin1');

export function decodeWindows1252(bytes: Uint8Array): string {
  return latin1.decode(bytes).replace(/[\u0080-\u009f]/g, (char) => HIGH_ROW[char.charCodeAt(0) - 0x80]);
}
