/**
 * An in-memory CliIo: files by name (their bytes, an error code the real fs would raise, or a stream of
 * chunks), standard input likewise.
 */
import type { CliIo } from '../../src/cli/io';

export type FakeFile =
  | Buffer
  | string
  | { error: 'ENOENT' | 'EISDIR' | 'EACCES' | 'EIO' }
  | { chunks: () => AsyncIterable<Uint8Array> };

export interface FakeIo extends CliIo {
  out(): string;
  err(): string;
  stdinReads(): number;
}

/** Bytes in chunks of `size` (the real streams give 64 KiB), so the reader sees several. */
async function* inChunks(bytes: Buffer, size = 1024): AsyncIterable<Uint8Array> {
  for (let at = 0; at < bytes.length; at += size) yield bytes.subarray(at, at + size);
}

function fileChunks(path: string, file: FakeFile | undefined): AsyncIterable<Uint8Array> {
  if (typeof file === 'object' && 'chunks' in file) return file.chunks();
  if (file === undefined || (typeof file === 'object' && 'error' in file)) {
    const code = file === undefined ? 'ENOENT' : file.error;
    // Like fs.createReadStream: the error comes when reading starts, not when the stream is made.
    return {
      [Symbol.asyncIterator]: () => ({
        next: () =>
          Promise.reject(Object.assign(new Error(`${code}: fake fs error, open '${path}'`), { code })),
      }),
    };
  }
  return inChunks(Buffer.from(file));
}

export function fakeIo(
  files: Record<string, FakeFile> = {},
  stdin: { isTTY?: boolean; data?: FakeFile } = {},
  columns?: number,
): FakeIo {
  let out = '';
  let err = '';
  let reads = 0;
  return {
    stdin: {
      isTTY: stdin.isTTY ?? false,
      chunks: () => {
        reads++;
        return fileChunks('-', stdin.data ?? '');
      },
    },
    stdout: {
      write: (text: string) => (out += text),
      columns,
    },
    stderr: { write: (text: string) => (err += text) },
    fileChunks: (path: string) => fileChunks(path, files[path]),
    out: () => out,
    err: () => err,
    stdinReads: () => reads,
  };
}
