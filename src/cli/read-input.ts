/**
 * Reading one input (a file or standard input) into bytes, with the one-line error a user needs when it
 * cannot be: missing, a directory, unreadable or too large. What the bytes hold is src/messages' concern.
 */
import { STDIN_NAME } from './args';
import type { CliIo } from './io';

export type InputResult = { ok: true; bytes: Uint8Array } | { ok: false; message: string };

/** What stands in error messages for an input: the file name, or "standard input" for "-". */
export function inputLabel(name: string): string {
  return name === STDIN_NAME ? 'standard input' : name;
}

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
  return { ok: true, bytes: Buffer.concat(chunks) };
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
      // Diagnosing each message of a folder is the scan command's work.
      return `${label} is a directory, not a file (auth-doctor scan ${label} diagnoses every message in it)`;
    case 'EACCES':
    case 'EPERM':
      return `cannot read ${label}: permission denied`;
    default:
      return `cannot read ${label}: ${error instanceof Error ? error.message : String(error)}`;
  }
}
