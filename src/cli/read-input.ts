/**
 * Reading one input (a file or standard input) into header text, with the one-line error a user needs
 * when it cannot be: missing, a directory, unreadable, binary, or empty.
 */
import { STDIN_NAME } from './args';
import type { CliIo } from './io';

export type InputResult = { ok: true; text: string } | { ok: false; message: string };

/** What stands in error messages for an input: the file name, or "standard input" for "-". */
export function inputLabel(name: string): string {
  return name === STDIN_NAME ? 'standard input' : name;
}

/** Outlook's .msg files are OLE compound files: say so, since "binary" alone would puzzle the user. */
const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/** Share of suspicious bytes above which input is "mostly non-text". Latin-1 text stays far below it. */
const BINARY_RATIO = 0.3;

export async function readInput(name: string, io: CliIo): Promise<InputResult> {
  let bytes: Uint8Array;
  try {
    bytes = name === STDIN_NAME ? await io.stdin.read() : await io.readFile(name);
  } catch (error) {
    return { ok: false, message: readErrorMessage(name, error) };
  }
  return decodeInput(bytes, inputLabel(name));
}

function readErrorMessage(name: string, error: unknown): string {
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
 * Bytes → text. Each line is read as UTF-8, or as Latin-1 (Windows-1252) when it is not valid UTF-8;
 * UTF-16 with a byte-order mark is read as such.
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

/**
 * Notepad's "Unicode" is UTF-16 with a byte-order mark: full of NUL bytes, yet text. Recognised by the
 * mark and re-read as UTF-8 so the checks below apply to the text itself.
 */
function utf16Encoding(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return null;
}

const utf8 = new TextDecoder('utf-8', { fatal: true });
const latin1 = new TextDecoder('windows-1252');

/**
 * Decodes line by line so one Latin-1 line (an old mailer's raw Subject) does not garble the UTF-8 rest.
 * `suspicious` counts control bytes and the high bytes of lines that are not UTF-8: what binary data has
 * plenty of and text has little of.
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
      text += latin1.decode(line);
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
