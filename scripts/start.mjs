#!/usr/bin/env node
/**
 * `npm start`: builds the dev manifests, starts webpack-dev-server (webpack.config.js, development mode) on
 * localhost:3000 in the background, waits until the pane answers, prints how to sideload it, and exits while
 * the server keeps running. `npm stop` (scripts/stop.mjs) stops it through the pid file.
 *
 * https uses the Office dev certificate (office-addin-dev-certs). Installing its CA needs sudo on Linux (and
 * an admin prompt elsewhere); where that fails the server falls back to plain http, which is enough for the
 * standalone page but not for Outlook, and says so.
 *
 * Internally `node scripts/start.mjs --serve <https|http>` is the background server process itself.
 */
import { spawn } from 'node:child_process';
import { closeSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import https from 'node:https';
import net from 'node:net';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildManifests } from './build-manifest.mjs';
import { DEV_BASE_URL } from './manifest/urls.mjs';
import { isRunning, PID_FILE, LOG_FILE, readPid } from './manifest/dev-server-state.mjs';

const require = createRequire(import.meta.url);
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const PORT = Number(new URL(DEV_BASE_URL).port);
const READY_TIMEOUT_MS = 180_000;

if (process.argv[2] === '--serve') await serve(process.argv[3] === 'https');
else await start();

async function start() {
  const running = readPid();
  if (running && isRunning(running)) {
    console.log(`The dev server is already running (pid ${running}). Run npm stop first to restart it.`);
    return;
  }

  if (await portTaken()) {
    console.error(`Port ${PORT} is already in use by another program; stop it, then run npm start again.`);
    process.exitCode = 1;
    return;
  }

  const { xmlPath } = await buildManifests({ quiet: true });
  const { secure, reason } = await httpsAvailable();
  const log = openSync(LOG_FILE, 'w');
  const child = spawn(
    process.execPath,
    [fileURLToPath(import.meta.url), '--serve', secure ? 'https' : 'http'],
    {
      cwd: root,
      detached: true,
      stdio: ['ignore', log, log],
    },
  );
  closeSync(log);
  let exited = null;
  child.on('exit', (code) => (exited = code ?? 1));
  child.unref();

  const url = `${secure ? 'https' : 'http'}://localhost:${PORT}/taskpane.html`;
  process.stdout.write(`Starting the dev server (pid ${child.pid}; log: ${path.relative(root, LOG_FILE)}) `);
  const deadline = Date.now() + READY_TIMEOUT_MS;
  while (!(await answers(url))) {
    if (exited !== null || Date.now() > deadline) {
      console.log('\nThe dev server did not start. Its log says:');
      console.log(tail(readFileSync(LOG_FILE, 'utf8')));
      if (exited === null) process.kill(child.pid, 'SIGTERM');
      rmSync(PID_FILE, { force: true });
      process.exitCode = 1;
      return;
    }
    process.stdout.write('.');
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }

  console.log(' ready.\n');
  console.log(`Task pane, standalone (paste headers or load a sample): ${url}`);
  if (!secure) {
    console.log(
      'NOTE: served over plain http because the Office dev certificate could not be installed (on Linux that\n' +
        `      needs sudo; the tool said: ${reason}).\n` +
        '      The standalone page works; Outlook needs https: run `npx office-addin-dev-certs install` (it asks\n' +
        '      for your password), then `npm stop && npm start`.',
    );
  }
  console.log(`\nManifest to sideload: ${xmlPath}`);
  console.log(
    '  Outlook on the web and the new Outlook: open https://aka.ms/olksideload (or, in a message, Apps > Get Add-ins),\n' +
      '  then My add-ins > Custom add-ins > Add a custom add-in > Add from file, and pick the manifest above.\n' +
      '  Classic Outlook on Windows: Home > Get Add-ins (or File > Manage Add-ins), then the same steps.\n' +
      '  Then open a received message and choose Diagnose in the Auth Doctor group (or under Apps).',
  );
  console.log('\nnpm stop stops the server.');
}

/** Whether the Office dev certificate is (or can now be) installed and trusted; if not, why. */
async function httpsAvailable() {
  const { getHttpsServerOptions } = require('office-addin-dev-certs');
  const log = console.log;
  console.log = () => {}; // the tool narrates each step; start() says what matters
  try {
    await getHttpsServerOptions();
    return { secure: true, reason: '' };
  } catch (error) {
    return { secure: false, reason: String(error instanceof Error ? error.message : error).split('\n')[0] };
  } finally {
    console.log = log;
  }
}

/** Any HTTP answer counts: it means the server is up (the certificate is checked by the browser, not here). */
function answers(url) {
  return new Promise((resolve) => {
    const client = url.startsWith('https:') ? https : http;
    const request = client.get(url, { rejectUnauthorized: false, timeout: 2000 }, (response) => {
      response.resume();
      resolve(response.statusCode === 200);
    });
    request.on('error', () => resolve(false));
    request.on('timeout', () => request.destroy());
  });
}

/** Whether something already listens on localhost:PORT (our readiness probe would mistake it for us). */
function portTaken() {
  return new Promise((resolve) => {
    const probe = net.connect({ host: 'localhost', port: PORT });
    probe.once('connect', () => {
      probe.destroy();
      resolve(true);
    });
    probe.once('error', () => resolve(false));
  });
}

const tail = (text) => text.split('\n').slice(-25).join('\n');

/** The background process: webpack-dev-server on localhost:PORT until SIGTERM/SIGINT. */
async function serve(secure) {
  const { default: webpack } = await import('webpack');
  const { default: WebpackDevServer } = await import('webpack-dev-server');
  const configFactory = require(path.join(root, 'webpack.config.js'));
  const config =
    typeof configFactory === 'function' ? configFactory({}, { mode: 'development' }) : configFactory;
  const server = new WebpackDevServer(
    {
      ...config.devServer,
      host: 'localhost',
      port: PORT,
      server: secure
        ? { type: 'https', options: await require('office-addin-dev-certs').getHttpsServerOptions() }
        : 'http',
      headers: { 'Cache-Control': 'no-store', 'X-Content-Type-Options': 'nosniff' },
      // No injected client: it would need a websocket and script the pane's CSP does not grant. webpack still
      // rebuilds on every save; reload the pane to see the change.
      client: false,
      hot: false,
      liveReload: false,
      webSocketServer: false,
      static: false,
      open: false,
    },
    webpack({ ...config, mode: 'development' }),
  );
  await server.start();
  writeFileSync(PID_FILE, `${process.pid}\n`);
  const stop = async () => {
    await server.stop();
    if (readPid() === process.pid) rmSync(PID_FILE, { force: true });
    process.exit(0);
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
}
