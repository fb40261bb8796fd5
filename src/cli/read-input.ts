/**
 * Reading one input (a file or standard input) into header text, with the one-line error a user needs
 * when it cannot be: missing, a directory, unreadable, too large, binary, or empty.
 */
import { STDIN_NAME } from './args';
import type { CliIo } from './io';
import { decodeWindows1252 } from './windows-1252';

export type InputResult = { ok: true; text: string } | { ok: false; message: string };

/** What stands in error messages for an input: the file name, or "standard input" for "-". */
export function inputLabel(name: string): string {
  return name === STDIN_NAME ? 'standard input' : name;
}

/** Outlook's .msg files are OLE compound files: say so, since "binary" alone would puzzle the user. */
const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/** Share of suspicious bytes above which input is "mostly non-text". Latin-1 text stays far below it. */
const BINARY_RATIO = 0.3;

/**
 * Reads `name` ("-" for standard input), at most `maxBytes` of it: a larger input (or an endless one such
 * as /dev/zero) is refused as soon as it passes the limit, before it can exhaust memory.
 */
export async function readInput(name: string, io: CliIo, maxBytes: number): Promise<InputResult> {
  const label = inputLabel(name);
  const chunks: Uint8Array[] = [];
  let size = 0;
  try {
    for await (const chunk of name === STDIN_NAME ? io.stdin.chunks() : io.fileChunks(name)) {
      size += chunk.length;
      // Leaving the loop closes the stream: nothing more is read.
      if (size > maxBytes) return { ok: false, message: tooLargeMessage(label, maxBytes) };
      chunks.push(chunk);
    }
  } catch (error) {
    return { ok: false, message: readErrorMessage(name, error) };
  }
  return decodeInput(Buffer.concat(chunks), label);
}

export function tooLargeMessage(label: string, maxBytes: number): string {
  return `${label}: input too large (the limit is ${formatSize(maxBytes)}; raise it with --max-size)`;
}

/** 52428800 → "50 MB", 1536 → "1.5 KB", 100 → "100 bytes" (powers of 1024, as --max-size reads them). */
function formatSize(bytes: number): string {
  const units: Array<[string, number]> = [
    ['GB', 1024 ** 3],
    ['MB', 1024 ** 2],
    ['KB', 1024],
  ];
  for (const [unit, size] of units) {
    if (bytes >= size) return `${Number((bytes / size).toFixed(1))} ${unit}`;
  }
  return `${bytes} bytes`;
}

export function readErrorMessage(name: string, error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  const label = inputLabel(name);
  switch (code) {
    case 'ENOENT':
      return `no such file: ${label}`;
    case 'EISDIR':
      return `${label} is a directory, not a file`;
    case 'EACCES':
    case 'EPERM':
      return `cannot read ${label}: permission denied`;
    default:
      return `cannot read ${label}: ${error instanceof Error ? error.message : String(error)}`;
  }
}

/**
 * Bytes → text. Each line is read as UTF-8, or as Windows-1252 when it is not valid UTF-8; UTF-16 (with a
 * byte-order mark, or recognised by its NUL bytes) is read as such.
 */
export function decodeInput(bytes: Uint8Array, label: string): InputResult {
  if (OLE_MAGIC.every((byte, index) => bytes[index] === byte))
    return {
      ok: false,
      message: `${label} does not look like a text header block (an Outlook .msg file? copy the headers from File > Properties)`,
    };
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
  // An indexed loop: an iterator over every byte of a large input costs several times more.
  for (let i = 0; i < bytes.length; i++) {
    const byte = bytes[i];
    if ((byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0c && byte !== 0x0d) || byte === 0x7f)
      count++;
  }
  return count;
}
