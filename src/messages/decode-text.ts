/**
 * A file's bytes as text, the way admins save headers: UTF-8, an old mailer's Windows-1252 lines, or
 * Notepad's UTF-16; refused with a one-line reason when the bytes are empty or not text at all.
 */
import { decodeWindows1252 } from './windows-1252';
import { TextDecoder, TextEncoder } from './text-codec';

export type DecodedText = { ok: true; text: string } | { ok: false; message: string };

/** Share of suspicious bytes above which input is "mostly non-text". Latin-1 text stays far below it. */
const BINARY_RATIO = 0.3;

/**
 * Bytes → text. Each line is read as UTF-8, or as Windows-1252 when it is not valid UTF-8; UTF-16 (with a
 * byte-order mark, or recognised by its NUL bytes) is read as such.
 */
export function decodeInput(bytes: Uint8Array, label: string): DecodedText {
  const utf16 = utf16Encoding(bytes);
  if (utf16 !== null)
    return decodeInput(new TextEncoder().encode(new TextDecoder(utf16).decode(bytes)), label);
  if (bytes.includes(0)) return { ok: false, message: `${label} does not look like a text header block` };
  const { text, suspicious } = decodeLines(bytes);
  if (text.trim() === '') return { ok: false, message: `${label} is empty` };
  if (suspicious > bytes.length * BINARY_RATIO)
    return { ok: false, message: `${label} does not look like a text header block` };
  return { ok: true, text };
}

/** Bytes looked at to recognise UTF-16 without a byte-order mark. */
const UTF16_SAMPLE = 4096;
/** Share of the sampled code units whose high byte must be NUL (headers are mostly ASCII). */
const UTF16_NUL_RATIO = 0.6;

/**
 * Notepad's "Unicode" is UTF-16, usually with a byte-order mark; other tools save it without one. Either
 * way it is full of NUL bytes, yet text: recognised by the mark, or by NULs in the high byte of most code
 * units and in the low byte of almost none, and re-read as UTF-8 so the checks below apply to the text.
 */
function utf16Encoding(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  const units = Math.floor(Math.min(bytes.length, UTF16_SAMPLE) / 2);
  if (units === 0) return null;
  let evenNuls = 0;
  let oddNuls = 0;
  for (let i = 0; i < units * 2; i += 2) {
    if (bytes[i] === 0) evenNuls++;
    if (bytes[i + 1] === 0) oddNuls++;
  }
  // A stray NUL is no reason to re-read a whole block: at most one low byte in a hundred may be NUL.
  const few = units / 100;
  if (oddNuls >= units * UTF16_NUL_RATIO && evenNuls <= few) return 'utf-16le';
  if (evenNuls >= units * UTF16_NUL_RATIO && oddNuls <= few) return 'utf-16be';
  return null;
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Decodes line by line so one Windows-1252 line (an old mailer's raw Subject) does not garble the UTF-8
 * rest. `suspicious` counts control bytes and the high bytes of lines that are not UTF-8: what binary data
 * has plenty of and text has little of.
 */
function decodeLines(bytes: Uint8Array): { text: string; suspicious: number } {
  try {
    return { text: utf8.decode(bytes), suspicious: countControlBytes(bytes) };
  } catch {
    // Not UTF-8 as a whole: fall through to line by line.
  }
  let text = '';
  let suspicious = 0;
  let start = 0;
  while (start < bytes.length) {
    const newline = bytes.indexOf(0x0a, start);
    const end = newline === -1 ? bytes.length : newline + 1;
    const line = bytes.subarray(start, end);
    try {
      text += utf8.decode(line);
    } catch {
      text += decodeWindows1252(line);
      suspicious += line.reduce((count, byte) => count + (byte >= 0x80 ? 1 : 0), 0);
    }
    suspicious += countControlBytes(line);
    start = end;
  }
  return { text, suspicious };
}

/** C0 controls other than tab, line feed, form feed and carriage return, plus DEL. */
function countControlBytes(bytes: Uint8Array): number {
  let count = 0;
  for (const byte of bytes) {
    if ((byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0c && byte !== 0x0d) || byte === 0x7f)
      count++;
  }
  return count;
}
