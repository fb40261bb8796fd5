/**
 * The pane built with the two build-time options the default dist/ leaves off: a help-desk address
 * ("Send to IT", scenario 14) and a DNS-over-HTTPS resolver ("Check DNS now", scenario 15). One production
 * build per run, made on first use into a temporary folder (about a minute and a half on a loaded
 * machine) and served by its own static server. Its resolver is a DoH relay on 127.0.0.1 in front of
 * knotd serving test/dns/zones: the same servers the jest tests use (test/support, bundled by the
 * bench's loader), started before the build because the relay's URL is built into the pane.
 */
import { after } from 'node:test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadBundle } from '../../bench/load-engine.mjs';
import { buildTaskpane } from '../../scripts/build-taskpane.mjs';
import { repoRoot } from './session.mjs';
import { startStaticServer } from './server.mjs';

export const HELPDESK = 'security@contoso.com';

const SUPPORT = join(repoRoot, 'test', 'support');

let panePromise = null;

/** { helpdesk, relay (DohProxy: endpoint, queries, acceptGet), server, buildSeconds }, built once. */
export function optionsPane() {
  panePromise ??= start();
  return panePromise;
}

async function start() {
  const stops = [];
  const stop = async () => {
    for (const step of stops.reverse()) await step();
  };
  try {
    const [{ startKnot }, { startDohProxy }] = await Promise.all([
      // knot-server.ts finds the zones next to itself; the ES module bundle has no __dirname of its own.
      loadBundle(join(SUPPORT, 'knot-server.ts'), { define: { __dirname: JSON.stringify(SUPPORT) } }),
      loadBundle(join(SUPPORT, 'doh-proxy.ts')),
    ]);
    const knot = await startKnot();
    stops.push(() => knot.stop());
    const relay = await startDohProxy(knot.port);
    stops.push(() => relay.close());
    const outputPath = mkdtempSync(join(tmpdir(), 'auth-doctor-options-'));
    stops.push(() => rmSync(outputPath, { recursive: true, force: true }));
    const started = Date.now();
    await buildTaskpane({ mode: 'production', helpdesk: HELPDESK, dnsResolver: relay.endpoint, outputPath });
    const buildSeconds = (Date.now() - started) / 1000;
    const server = await startStaticServer(outputPath);
    stops.push(() => server.close());
    return { helpdesk: HELPDESK, relay, server, buildSeconds, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

after(async () => {
  const pane = await panePromise?.catch(() => null);
  await pane?.stop();
});
