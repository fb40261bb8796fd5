/** Entry point of `auth-doctor` (bundled by scripts/build-cli.mjs): wires the real process into run(). */
import { lookup } from 'node:dns/promises';
import { readFile } from 'node:fs/promises';
import { isIP } from 'node:net';
import type { DnsServer } from './dns-server';
import type { CliIo } from './io';
import { createNodeResolver } from './node-resolver';
import { run } from './run';

async function readStdin(): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

// `auth-doctor … | head` closes the pipe early: that is the reader's choice, not an error to report.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

/** c-ares takes server addresses only: a server given by name is looked up once, on the system resolver. */
async function openResolver(server: DnsServer | null) {
  if (server === null || isIP(server.host) !== 0) return createNodeResolver(server);
  const { address } = await lookup(server.host).catch(() => {
    throw new Error(`${server.host} does not resolve to an address`);
  });
  return createNodeResolver({ host: address, port: server.port });
}

const io: CliIo = {
  stdin: { isTTY: process.stdin.isTTY === true, read: readStdin },
  stdout: {
    write: (chunk: string) => process.stdout.write(chunk),
    columns: process.stdout.isTTY ? process.stdout.columns : undefined,
  },
  stderr: { write: (chunk: string) => process.stderr.write(chunk) },
  readFile: (path: string) => readFile(path),
  openResolver,
};

// exitCode rather than exit(): lets pending output to a pipe drain before the process ends.
run(process.argv.slice(2), io).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(
      `auth-doctor: internal error: ${error instanceof Error ? error.message : String(error)}\n`,
    );
    process.exitCode = 1;
  },
);
