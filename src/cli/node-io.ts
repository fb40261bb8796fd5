/** The real process as a CliIo: files and standard input are streamed, never read whole. */
import { lookup } from 'node:dns/promises';
import { createReadStream } from 'node:fs';
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

export function nodeIo(): CliIo {
  return {
    stdin: { isTTY: process.stdin.isTTY === true, chunks: () => process.stdin },
    stdout: {
      write: (chunk: string) => process.stdout.write(chunk),
      columns: process.stdout.isTTY ? process.stdout.columns : undefined,
    },
    stderr: { write: (chunk: string) => process.stderr.write(chunk) },
    fileChunks: (path: string) => createReadStream(path),
    openResolver,
  };
}
