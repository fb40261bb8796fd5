/**
 * A real authoritative DNS server for the tests: Knot DNS (Debian's `knot`, installed by .ci/run) on
 * 127.0.0.1 at a free port, serving the zone files of test/dns/zones. Each test file starts its own and
 * stops it afterwards; nothing listens beyond the loopback address.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { createSocket } from 'node:dgram';
import {
  existsSync,
  mkdtempSync,
  readdirSync,
  rmSync,
  copyFileSync,
  mkdirSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createNodeResolver } from '../../src/cli/node-resolver';

const ZONES_DIR = join(__dirname, '..', 'dns', 'zones');
const KNOTD = '/usr/sbin/knotd';

export interface KnotServer {
  port: number;
  /** "127.0.0.1:PORT", as --dns-server takes it. */
  address: string;
  stop(): Promise<void>;
}

export async function freeUdpPort(): Promise<number> {
  const socket = createSocket('udp4');
  await new Promise<void>((resolve) => socket.bind(0, '127.0.0.1', resolve));
  const { port } = socket.address();
  await new Promise<void>((resolve) => socket.close(() => resolve()));
  return port;
}

function config(dir: string, port: number, zones: string[]): string {
  return [
    'server:',
    `  rundir: "${dir}"`,
    `  listen: 127.0.0.1@${port}`,
    'database:',
    `  storage: "${join(dir, 'db')}"`,
    'log:',
    '  - target: stderr',
    '    any: warning',
    'template:',
    '  - id: default',
    `    storage: "${join(dir, 'zones')}"`,
    '    file: "%s.zone"',
    '    journal-content: none',
    '    zonefile-sync: -1',
    'zone:',
    ...zones.map((zone) => `  - domain: ${zone}`),
    '',
  ].join('\n');
}

export async function startKnot(): Promise<KnotServer> {
  if (!existsSync(KNOTD)) throw new Error(`${KNOTD} not found: apt-get install knot (as .ci/run does)`);
  const dir = mkdtempSync(join(tmpdir(), 'auth-doctor-knot-'));
  mkdirSync(join(dir, 'zones'));
  const zones: string[] = [];
  for (const file of readdirSync(ZONES_DIR)) {
    if (!file.endsWith('.zone')) continue;
    copyFileSync(join(ZONES_DIR, file), join(dir, 'zones', file));
    zones.push(file.slice(0, -'.zone'.length));
  }
  const port = await freeUdpPort();
  writeFileSync(join(dir, 'knot.conf'), config(dir, port, zones));
  const child: ChildProcess = spawn(KNOTD, ['-c', join(dir, 'knot.conf')], {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let log = '';
  child.stderr?.on('data', (chunk: Buffer) => (log += chunk.toString()));
  const address = `127.0.0.1:${port}`;
  await waitUntilServing(zones, port, child, () => log);
  return {
    port,
    address,
    stop: async () => {
      if (child.exitCode === null) {
        const exited = new Promise((resolve) => child.once('exit', resolve));
        child.kill('SIGTERM');
        await exited;
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Until every zone answers its SOA's NS (knotd loads zones after it starts listening). */
async function waitUntilServing(
  zones: string[],
  port: number,
  child: ChildProcess,
  log: () => string,
): Promise<void> {
  const resolver = createNodeResolver({ host: '127.0.0.1', port });
  const deadline = Date.now() + 10_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`knotd exited (${child.exitCode}): ${log()}`);
    const answers = await Promise.all(zones.map((zone) => resolver.resolve(`ns.${zone}`, 'A')));
    if (answers.every((answer) => answer.ok)) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  child.kill('SIGTERM');
  throw new Error(`knotd did not serve ${zones.join(', ')} within 10 s: ${log()}`);
}
