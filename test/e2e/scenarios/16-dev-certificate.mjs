/**
 * Scenario 16: `npm start`'s certificate step (scripts/manifest/dev-certs.mjs) without sudo, checked by the
 * clients that must trust it. Everything lives in a temporary folder: the home directory (so the CA goes into
 * that home's ~/.pki/nssdb) and a Debian-style system store rebuilt by the real update-ca-certificates pointed
 * at temporary folders. An https server then serves the generated localhost certificate; headless Chromium
 * started with that HOME loads it without a certificate error, while one with an empty HOME refuses it (the
 * trust comes from the step, not from the browser), and Node trusts it through the rebuilt bundle alone.
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:https';
import { get } from 'node:https';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { CA_NAME, prepareDevCertificate, readServerOptions } from '../../../scripts/manifest/dev-certs.mjs';
import { findBrowser, LAUNCH_ARGS } from '../browser.mjs';
import { scenario } from '../session.mjs';

const PAGE_TEXT = 'served with the Office dev certificate';

function temporaryStore(root) {
  const dirs = { local: join(root, 'local'), etc: join(root, 'etc-ssl-certs'), share: join(root, 'share') };
  for (const dir of Object.values(dirs)) mkdirSync(dir, { recursive: true });
  const conf = join(root, 'ca-certificates.conf');
  writeFileSync(conf, '');
  return {
    bundle: join(dirs.etc, 'ca-certificates.crt'),
    store: {
      anchorPath: join(dirs.local, 'office-addin-dev-certs', 'ca.crt'),
      refresh: [
        'update-ca-certificates',
        ...['--localcertsdir', dirs.local, '--etccertsdir', dirs.etc, '--certsdir', dirs.share],
        ...['--certsconf', conf, '--hooksdir', join(root, 'no-hooks')],
      ],
    },
  };
}

function listen(options) {
  const server = createServer(options, (request, response) => {
    response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
    response.end(`<!doctype html><title>dev certificate</title><p>${PAGE_TEXT}</p>`);
  });
  return new Promise((resolve) => server.listen(0, 'localhost', () => resolve(server)));
}

/** Loads the page in a fresh headless Chromium whose HOME is `home`; the error text when it fails. */
async function loadInChromium(home, url) {
  const browser = await chromium.launch({
    executablePath: findBrowser().executablePath,
    headless: true,
    args: LAUNCH_ARGS,
    env: { ...process.env, HOME: home },
  });
  try {
    const page = await browser.newPage();
    const response = await page.goto(url);
    return { status: response?.status(), text: await page.locator('body').innerText() };
  } catch (error) {
    return { error: String(error instanceof Error ? error.message : error) };
  } finally {
    await browser.close();
  }
}

function fetchWithCa(url, ca) {
  return new Promise((resolve) => {
    get(url, { ca }, (response) => {
      response.resume();
      resolve({ status: response.statusCode });
    }).on('error', (error) => resolve({ error: error.message }));
  });
}

scenario(
  '16 dev certificate as root without sudo: Chromium with that HOME trusts the https server',
  async (t) => {
    const root = mkdtempSync(join(tmpdir(), 'auth-doctor-dev-certs-'));
    t.after(() => rmSync(root, { recursive: true, force: true }));
    const home = join(root, 'home');
    const { store, bundle } = temporaryStore(root);
    const step = () =>
      prepareDevCertificate({
        home,
        platform: 'linux',
        asRoot: true,
        systemStore: store,
        hasCommand: (name) => name !== 'sudo',
      });

    const prepared = await step();
    assert.deepEqual(prepared.manualSteps, [], `nothing left to do by hand: ${prepared.reason}`);
    assert.equal(prepared.trusted.length, 2, `both stores trust the CA: ${prepared.trusted.join(', ')}`);

    const caPem = readFileSync(join(home, '.office-addin-dev-certs', 'ca.crt'), 'utf8');
    assert.ok(readFileSync(bundle, 'utf8').includes(caPem.trim()), 'the rebuilt system bundle holds the CA');

    const server = await listen(readServerOptions(home));
    t.after(() => server.close());
    const url = `https://localhost:${server.address().port}/`;

    assert.deepEqual(
      await fetchWithCa(url, readFileSync(bundle)),
      { status: 200 },
      'a client trusting only the system bundle accepts the server',
    );

    const trusted = await loadInChromium(home, url);
    assert.equal(trusted.error, undefined, `Chromium with the prepared HOME: ${trusted.error}`);
    assert.equal(trusted.status, 200);
    assert.match(trusted.text, new RegExp(PAGE_TEXT));

    const emptyHome = join(root, 'empty-home');
    mkdirSync(emptyHome);
    const untrusted = await loadInChromium(emptyHome, url);
    assert.match(
      untrusted.error ?? 'loaded',
      /ERR_CERT_AUTHORITY_INVALID/,
      'Chromium without the NSS entry refuses the same server',
    );

    const again = await step();
    assert.equal(again.trusted.length, 2, 'a second npm start keeps the trust');
    const listed = execFileSync(
      'certutil',
      ['-d', `sql:${join(home, '.pki', 'nssdb')}`, '-L', '-n', CA_NAME, '-a'],
      { encoding: 'utf8' },
    );
    assert.equal(listed.match(/BEGIN CERTIFICATE/g)?.length, 1, 'the NSS database holds the CA once');
  },
  { timeout: 120_000 },
);
