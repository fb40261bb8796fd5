/** An in-memory CliIo: files by name (a Buffer, or an error code the real fs would raise). */
import type { CliIo } from '../../src/cli/io';
import { createNodeResolver } from '../../src/cli/node-resolver';

export type FakeFile = Buffer | string | { error: 'ENOENT' | 'EISDIR' | 'EACCES' | 'EIO' };

export interface FakeIo extends CliIo {
  out(): string;
  err(): string;
  stdinReads(): number;
}

export function fakeIo(
  files: Record<string, FakeFile> = {},
  stdin: { isTTY?: boolean; data?: Buffer | string } = {},
  columns?: number,
): FakeIo {
  let out = '';
  let err = '';
  let reads = 0;
  return {
    stdin: {
      isTTY: stdin.isTTY ?? false,
      read: async () => {
        reads++;
        return Buffer.from(stdin.data ?? '');
      },
    },
    stdout: {
      write: (text: string) => (out += text),
      columns,
    },
    stderr: { write: (text: string) => (err += text) },
    readFile: async (path: string) => {
      const file = files[path];
      if (file === undefined || (typeof file === 'object' && 'error' in file)) {
        const code = file === undefined ? 'ENOENT' : file.error;
        throw Object.assign(new Error(`${code}: fake fs error, open '${path}'`), { code });
      }
      return Buffer.from(file);
    },
    // The real Node resolver, but only towards the test DNS server on the loopback address.
    openResolver: async (server) => {
      if (server === null || server.host !== '127.0.0.1') throw new Error('tests resolve on 127.0.0.1 only');
      return createNodeResolver(server);
    },
    out: () => out,
    err: () => err,
    stdinReads: () => reads,
  };
}
