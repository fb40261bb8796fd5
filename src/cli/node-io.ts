/** The real process as a CliIo: files and standard input are streamed, never read whole. */
import { createReadStream } from 'node:fs';
import type { CliIo } from './io';

export function nodeIo(): CliIo {
  return {
    stdin: { isTTY: process.stdin.isTTY === true, chunks: () => process.stdin },
    stdout: {
      write: (chunk: string) => process.stdout.write(chunk),
      columns: process.stdout.isTTY ? process.stdout.columns : undefined,
    },
    stderr: { write: (chunk: string) => process.stderr.write(chunk) },
    fileChunks: (path: string) => createReadStream(path),
  };
}
