/* global document, performance, requestAnimationFrame, MutationObserver */
/**
 * The pane's time to its verdict as a multiple of the browser's own floor: navigation → the frame that
 * shows the verdict heading of the built pane (dist/, the fake Outlook host of test/e2e answering with a
 * real Exchange Online block), against navigation → the frame that shows one line of text of a blank page
 * served by the same static server. Both are timed in the page, from navigation start, the same way (the
 * wanted element appears, then the next animation frame), each load in a fresh browser context (nothing
 * cached or compiled from the previous one), alternating blank and pane so a busy machine slows both alike.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { findBrowser, launchBrowser } from '../test/e2e/browser.mjs';
import { startStaticServer } from '../test/e2e/server.mjs';
import { crlf } from '../test/e2e/headers.mjs';

const E2E = fileURLToPath(new URL('../test/e2e/', import.meta.url));
const FAKE_OFFICE_SOURCE = readFileSync(join(E2E, 'fake-office.js'), 'utf8');
const HEADERS = crlf(readFileSync(join(E2E, 'fixtures', 'compauth-000-oreject.txt'), 'utf8'));
const OFFICE_CDN = 'https://appsforoffice.microsoft.com/';

const BLANK_PAGE =
  '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>blank</title></head>' +
  '<body><p id="ready">.</p></body></html>';

/** The console line the page writes when the watched element is on screen, followed by the time. */
const SHOWN = 'auth-doctor-bench-shown ';

/**
 * Runs in the page before its scripts: once an element matching `kind` is in the document, writes
 * performance.now() of the next animation frame to the console. The console, not a polled page function:
 * Playwright's waitForFunction first injects its own script into the page, which ran on the main thread for
 * 60–170 ms in traces, after the blank page had painted but while the pane was still loading, so only the
 * pane paid for it.
 */
function watchFor({ kind, shown }) {
  const matches = (node) =>
    kind === 'verdict' ? (node.textContent ?? '').trimStart().startsWith('Verdict') : node.id === 'ready';
  const found = () => {
    const nodes = document.querySelectorAll(kind === 'verdict' ? 'h2' : '#ready');
    return Array.from(nodes).some(matches);
  };
  let seen = false;
  const observer = new MutationObserver(() => {
    if (seen || !found()) return;
    seen = true;
    observer.disconnect();
    requestAnimationFrame(() => {
      console.debug(shown + performance.now());
    });
  });
  observer.observe(document, { childList: true, subtree: true, characterData: true });
}

async function timeLoad(browser, url, kind) {
  const context = await browser.newContext({ viewport: { width: 360, height: 900 } });
  try {
    // Nothing leaves localhost: Office.js is the fake host, anything else external is refused.
    await context.route(
      (u) => !['127.0.0.1', 'localhost'].includes(u.hostname),
      (route) =>
        route.request().url().startsWith(OFFICE_CDN)
          ? route.fulfill({ status: 200, contentType: 'text/javascript', body: FAKE_OFFICE_SOURCE })
          : route.abort('blockedbyclient'),
    );
    const office = {
      host: 'Outlook',
      requirementSets: { Mailbox: '1.14' },
      item: { id: 'item-1', headers: HEADERS, delayMs: 0, error: null },
    };
    await context.addInitScript({ content: `window.__fakeOffice = ${JSON.stringify(office)};` });
    await context.addInitScript(watchFor, { kind, shown: SHOWN });
    const page = await context.newPage();
    const shown = page.waitForEvent('console', {
      predicate: (message) => message.text().startsWith(SHOWN),
      timeout: 30_000,
    });
    await page.goto(url, { waitUntil: 'commit' });
    return Number((await shown).text().slice(SHOWN.length));
  } finally {
    await context.close();
  }
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

/**
 * { paneMs, blankMs, ratio, paneRuns, blankRuns } (medians of `runs` loads each), or { skipped: reason }
 * when no browser is installed.
 */
export async function paneVsBlank(distDir, { runs = 10 } = {}) {
  const found = findBrowser();
  if (found.missing) return { skipped: found.missing };
  const blankDir = mkdtempSync(join(tmpdir(), 'auth-doctor-blank-'));
  writeFileSync(join(blankDir, 'blank.html'), BLANK_PAGE);
  const [browser, pane, blank] = await Promise.all([
    launchBrowser(found.executablePath),
    startStaticServer(distDir),
    startStaticServer(blankDir),
  ]);
  try {
    // One untimed load of each: the browser process itself warms up (first context, first renderer).
    await timeLoad(browser, blank.url('/blank.html'), 'blank');
    await timeLoad(browser, pane.url('/taskpane.html'), 'verdict');
    const paneRuns = [];
    const blankRuns = [];
    for (let i = 0; i < runs; i++) {
      blankRuns.push(await timeLoad(browser, blank.url('/blank.html'), 'blank'));
      paneRuns.push(await timeLoad(browser, pane.url('/taskpane.html'), 'verdict'));
    }
    const paneMs = median(paneRuns);
    const blankMs = median(blankRuns);
    return { paneMs, blankMs, ratio: paneMs / blankMs, paneRuns, blankRuns };
  } finally {
    await browser.close();
    await Promise.all([pane.close(), blank.close()]);
    rmSync(blankDir, { recursive: true, force: true });
  }
}
