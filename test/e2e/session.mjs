/* global window */
/**
 * One browser and one static server for the whole e2e run; a fresh browser context per test.
 * openPane() loads the built task pane with a fake Outlook host (fake-office.js) answering the Office.js
 * request, records every request the page makes (scenario 9: nothing may leave localhost), and every
 * dialog, page error and console error, so each scenario can assert on them.
 */
import { test, after } from 'node:test';
import { readFileSync, existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { findBrowser, launchBrowser } from './browser.mjs';
import { startStaticServer } from './server.mjs';

const here = dirname(fileURLToPath(import.meta.url));
export const repoRoot = join(here, '..', '..');
export const distDir = process.env.E2E_DIST_DIR ?? join(repoRoot, 'dist');
export const fixturePath = (name) => join(here, 'fixtures', name);
export const readFixture = (name) => readFileSync(fixturePath(name), 'utf8');
export const screenshotPath = (name) => join(here, 'screenshots', name);

const FAKE_OFFICE_SOURCE = readFileSync(join(here, 'fake-office.js'), 'utf8');
/** Microsoft's own Office.js, from the npm package (never the CDN), for the no-host scenario. */
const REAL_OFFICE_DIR = join(repoRoot, 'node_modules', '@microsoft', 'office-js', 'dist');
const OFFICE_CDN = 'https://appsforoffice.microsoft.com/';
/** A dev build may serve @microsoft/office-js from its own origin; answer that with the fake too. */
const DEV_OFFICE_JS = /\/office(\.debug)?\.js(\?.*)?$/i;

const browserFound = findBrowser();
const inCi = process.env.CI === 'true';
if (browserFound.missing && !inCi) {
  console.log(`\n!!!!! E2E TESTS SKIPPED: ${browserFound.missing} !!!!!\n`);
}

/** Every request of every test: { scenario, url, local, disposition }. */
export const requestLog = [];

let sessionPromise = null;

function session() {
  if (!sessionPromise) {
    sessionPromise = (async () => {
      if (browserFound.missing)
        throw new Error(`no browser for the e2e tests (CI=true): ${browserFound.missing}`);
      if (!existsSync(join(distDir, 'taskpane.html')))
        throw new Error(`${distDir}/taskpane.html is missing: build first`);
      const [browser, server] = await Promise.all([
        launchBrowser(browserFound.executablePath),
        startStaticServer(distDir),
      ]);
      return { browser, server };
    })();
  }
  return sessionPromise;
}

after(async () => {
  if (!sessionPromise) return;
  const { browser, server } = await sessionPromise.catch(() => ({}));
  await browser?.close();
  await server?.close();
});

/**
 * Registers an e2e test. Without a browser it is skipped (one loud line above says why), except under
 * CI=true where it runs and fails with that reason.
 */
export function scenario(name, fn, { timeout = 90_000 } = {}) {
  const skip = browserFound.missing && !inCi ? browserFound.missing : false;
  test(name, { skip, timeout }, fn);
}

function isLocal(url) {
  if (/^(data|blob|about):/.test(url)) return true;
  try {
    const { hostname } = new URL(url);
    return hostname === '127.0.0.1' || hostname === 'localhost' || hostname === '[::1]';
  } catch {
    return false;
  }
}

export const LIGHT_THEME = {
  bodyBackgroundColor: '#ffffff',
  bodyForegroundColor: '#242424',
  controlBackgroundColor: '#ffffff',
  controlForegroundColor: '#242424',
};
export const DARK_THEME = {
  bodyBackgroundColor: '#1f1f1f',
  bodyForegroundColor: '#ffffff',
  controlBackgroundColor: '#292929',
  controlForegroundColor: '#ffffff',
};

/** A hosted Outlook read-mode message with these headers (Mailbox 1.14, light theme by default). */
export function outlookWith(headers, extra = {}) {
  return {
    host: 'Outlook',
    requirementSets: { Mailbox: '1.14' },
    theme: LIGHT_THEME,
    item: { id: 'item-1', headers, delayMs: 0, error: null },
    ...extra,
  };
}

/**
 * Opens the pane in a new context. `office`: a window.__fakeOffice config, 'abort' to fail the
 * Office.js request (no network / blocked CDN), 'stall' to never answer it (a hanging CDN; navigate with
 * waitUntil 'commit', the load event waits for it), or 'real' for Microsoft's Office.js from the npm package. Returns { page, context, dialogs, pageErrors, consoleErrors,
 * load() }; the context closes when the test ends.
 */
export async function openPane(
  t,
  { office, viewport = { width: 360, height: 900 }, clipboard = false, navigate = true } = {},
) {
  const { browser, server } = await session();
  const context = await browser.newContext({ viewport, reducedMotion: 'reduce' });
  t.after(() => context.close());
  if (clipboard)
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.origin });

  const name = t.name;
  // How each external URL was answered in this context: only the fake Office.js (or its deliberate abort)
  // is allowed; everything else external is aborted by the catch-all and reported by scenario 9.
  const dispositions = new Map();
  // Routes run newest first: the catch-all (registered first) only sees what the Office.js routes pass on.
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (isLocal(url)) return route.fallback();
    dispositions.set(url, 'left localhost (blocked by the test)');
    return route.abort('blockedbyclient');
  });
  const answerOfficeJs = (route) => {
    const url = route.request().url();
    if (office === 'stall') {
      // Never answered: the CDN hangs. The request stays open until the context closes.
      dispositions.set(url, 'office.js left unanswered by the test (stalled CDN)');
      return undefined;
    }
    if (office === 'abort') {
      dispositions.set(url, 'office.js aborted by the test');
      return route.abort('internetdisconnected');
    }
    if (office === 'real') return answerFromPackage(route, url);
    dispositions.set(url, 'office.js fulfilled by the fake');
    return route.fulfill({
      status: 200,
      contentType: 'text/javascript; charset=utf-8',
      body: FAKE_OFFICE_SOURCE,
    });
  };
  // Real Office.js loads its strings and host scripts relative to its own URL: serve them from the package.
  const answerFromPackage = (route, url) => {
    const path = new URL(url).pathname.replace(/^\/lib\/1\/hosted\//, '').replace(/^.*\/office-js\//, '');
    const file = join(REAL_OFFICE_DIR, path);
    if (!file.startsWith(REAL_OFFICE_DIR) || !existsSync(file)) {
      dispositions.set(url, 'office.js file missing from @microsoft/office-js (answered 404 by the test)');
      return route.fulfill({ status: 404, body: '' });
    }
    dispositions.set(url, 'office.js fulfilled from @microsoft/office-js');
    return route.fulfill({
      status: 200,
      contentType: 'text/javascript; charset=utf-8',
      body: readFileSync(file),
    });
  };
  await context.route((url) => url.href.startsWith(OFFICE_CDN), answerOfficeJs);
  await context.route((url) => isLocal(url.href) && DEV_OFFICE_JS.test(url.pathname), answerOfficeJs);

  if (office && typeof office === 'object') {
    await context.addInitScript({ content: `window.__fakeOffice = ${JSON.stringify(office)};` });
  }

  const page = await context.newPage();
  const dialogs = [];
  const pageErrors = [];
  const consoleErrors = [];
  page.on('dialog', (dialog) => {
    dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    dialog.dismiss().catch(() => {});
  });
  page.on('pageerror', (error) => pageErrors.push(String(error)));
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(message.text());
  });
  context.on('request', (request) => {
    const url = request.url();
    requestLog.push({
      scenario: name,
      url,
      local: isLocal(url),
      get disposition() {
        return dispositions.get(url) ?? 'not intercepted';
      },
    });
  });

  const paneUrl = server.url('/taskpane.html');
  const load = () => page.goto(paneUrl, { waitUntil: 'load' });
  if (navigate) await load();
  return { page, context, server, dialogs, pageErrors, consoleErrors, load, paneUrl };
}

/** The fake host's record of what the pane called (see fake-office.js). */
export function fakeOfficeLog(page) {
  return page.evaluate(() => {
    const control = window.__fakeOfficeControl;
    return control
      ? { calls: control.calls, deliveries: control.deliveries, missing: control.missing }
      : null;
  });
}
