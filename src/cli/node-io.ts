/** The real process as a CliIo: standard input and large files are streamed, never read whole. */
import { lookup } from 'node:dns/promises';
import { closeSync, createReadStream, fstatSync, openSync, readSync } from 'node:fs';
import { isIP } from 'node:net';
import type { Resolver } from '../dns/resolver';
import type { DnsServer } from './dns-server';
import type { CliIo } from './io';
import { createNodeResolver } from './node-resolver';

/** c-ares takes server addresses only: a server given by name is looked up once, on the system resolver. */
async function openResolver(server: DnsServer | null): Promise<Resolver> {
  if (server === null || isIP(server.host) !== 0) return createNodeResolver(server);
  const { address } = await lookup(server.host).catch(() => {
    throw new Error(`${server.host} does not resolve to an address`);
  });
  return createNodeResolver({ host: address, port: server.port });
}

/** Regular files up to this size are read in one synchronous call rather than through a stream. */
const ONE_READ_LIMIT = 1024 * 1024;

/**
 * A file's bytes: a small regular file in one read (a stream per file costs more than reading it, which
 * shows on a run over many files), anything else (large, a device, a pipe) streamed, from the same open
 * file so nothing can change between the two.
 */
async function* fileChunks(path: string): AsyncIterable<Uint8Array> {
  const fd = openSync(path, 'r');
  let start = 0;
  let streamOwnsFd = false;
  try {
    const stats = fstatSync(fd);
    if (stats.isFile() && stats.size <= ONE_READ_LIMIT) {
      // One byte of room more than the file holds tells a file that grew since: the rest is streamed.
      const buffer = Buffer.allocUnsafe(stats.size + 1);
      // readSync may return less than asked (network file systems, signals): read until full or at the end.
      let read = 0;
      for (let got = -1; got !== 0 && read < buffer.length; read += got)
        got = readSync(fd, buffer, read, buffer.length - read, read);
      if (read > 0) yield buffer.subarray(0, read);
      if (read <= stats.size) return;
      start = read;
    }
    streamOwnsFd = true;
    yield* createReadStream(path, { fd, start });
  } finally {
    if (!streamOwnsFd) closeSync(fd);
  }
}

export function nodeIo(): CliIo {
  return {
    stdin: { isTTY: process.stdin.isTTY === true, chunks: () => process.stdin },
    stdout: {
      write: (chunk: string) => process.stdout.write(chunk),
      columns: process.stdout.isTTY ? process.stdout.columns : undefined,
    },
    stderr: { write: (chunk: string) => process.stderr.write(chunk) },
    fileChunks,
    openResolver,
  };
}
