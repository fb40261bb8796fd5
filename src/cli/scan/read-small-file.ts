/**
 * A worker reads a small file itself: reading (open, read, close) costs about as much as diagnosing a
 * message, so thousands of small files read by the main thread alone would leave the workers waiting.
 * Synchronous, since a worker does one thing at a time anyway; at most `maxBytes` are kept.
 */
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { readErrorMessage, tooLargeMessage } from '../read-input';

export type SmallFile = { ok: true; bytes: Uint8Array } | { ok: false; message: string };

export function readSmallFile(path: string, maxBytes: number): SmallFile {
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch (error) {
    return { ok: false, message: readErrorMessage(path, error) };
  }
  try {
    // Room for one byte more than the file holds: a file that grew since it was listed is read on, up to
    // one byte past the limit.
    let bytes = new Uint8Array(Math.min(fstatSync(fd).size, maxBytes) + 1);
    let length = 0;
    for (;;) {
      if (length === bytes.length) {
        const grown = new Uint8Array(Math.min(bytes.length * 2, maxBytes + 1));
        grown.set(bytes);
        bytes = grown;
      }
      const read = readSync(fd, bytes, length, bytes.length - length, null);
      if (read === 0) break;
      length += read;
      if (length > maxBytes) return { ok: false, message: tooLargeMessage(path, maxBytes) };
    }
    return { ok: true, bytes: bytes.subarray(0, length) };
  } catch (error) {
    return { ok: false, message: readErrorMessage(path, error) };
  } finally {
    closeSync(fd);
  }
}
