/* global document, window */
/**
 * Scenario 18: the first view. The pane's first script draws the reader's answer and the verdict without
 * React; the React pane's chunk loads only after that. Here every script taskpane.html does not name (the
 * React pane and all it loads) is held back: the answer and the verdict are on screen, readable, axe
 * clean and in Outlook's theme (light and dark) before any of it has arrived. Released, the React pane
 * takes over: the same verdict and answer, one of each heading, nothing moved, the full pane below.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  scenario,
  openPane,
  outlookWith,
  readFixture,
  screenshotPath,
  distDir,
  DARK_THEME,
  LIGHT_THEME,
} from '../session.mjs';
import { readVerdict, verdictHeading } from '../pane.mjs';
import { assertAxeClean, textContrasts } from '../a11y.mjs';
import { crlf } from '../headers.mjs';

const delay = (ms) => new Promise((done) => setTimeout(done, ms));
const HEADERS = crlf(readFixture('compauth-000-oreject.txt'));
const ANSWER = /^(Verified sender|Explained failure|Not verified|Suspicious)/;

/** The scripts taskpane.html runs or preloads: the first script and the engine. */
function firstLoadScripts() {
  const html = readFileSync(join(distDir, 'taskpane.html'), 'utf8');
  return new Set(Array.from(html.matchAll(/(?:src|href)="?([\w.-]+\.js)\b/g), (match) => match[1]));
}

/** Holds back every other script of the pane until release(); returns { held, release }. */
async function holdLaterScripts(context) {
  const allowed = firstLoadScripts();
  const held = [];
  let released = false;
  await context.route(
    (url) =>
      url.hostname === '127.0.0.1' &&
      url.pathname.endsWith('.js') &&
      !allowed.has(url.pathname.split('/').pop()),
    (route) => {
      if (released) return route.fallback();
      held.push(route);
      return undefined;
    },
  );
  return {
    held,
    release: async () => {
      released = true;
      await Promise.all(held.map((route) => route.fallback()));
    },
  };
}

/** Position and text of the answer's and the verdict's headings, and the colours behind the verdict. */
function headingsSeen(page) {
  return page.evaluate(() => {
    const of = (id) => {
      const heading = document.getElementById(id);
      const box = heading.getBoundingClientRect();
      return { text: heading.textContent, top: Math.round(box.top), left: Math.round(box.left) };
    };
    let node = document.getElementById('verdict-heading');
    let background = 'rgba(0, 0, 0, 0)';
    while (node && /rgba\(\d+, \d+, \d+, 0\)/.test(background)) {
      background = window.getComputedStyle(node).backgroundColor;
      node = node.parentElement;
    }
    return {
      trust: of('trust-heading'),
      verdict: of('verdict-heading'),
      background,
      text: window.getComputedStyle(document.querySelector('#verdict-heading + p')).color,
      react: document.querySelector('.fui-FluentProvider') !== null,
    };
  });
}

function lowContrast(contrasts) {
  return contrasts
    .filter((c) => c.ratio < (c.large ? 3 : 4.5))
    .map((c) => `"${c.text}" ${c.color} on ${c.background}: ${c.ratio}:1`);
}

/** Perceived brightness 0–255 of an rgb() colour. */
function brightness(rgb) {
  const [r, g, b] = rgb.match(/\d+(\.\d+)?/g).map(Number);
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

async function firstViewThenReact(t, theme, label) {
  const { page, context, paneUrl, pageErrors, consoleErrors } = await openPane(t, {
    office: outlookWith(HEADERS, { theme }),
    navigate: false,
  });
  const { held, release } = await holdLaterScripts(context);
  // The load event waits for the held scripts: the page itself must not.
  await page.goto(paneUrl, { waitUntil: 'commit' });

  await verdictHeading(page).waitFor({ state: 'visible' });
  await page.getByRole('heading', { level: 2, name: ANSWER }).waitFor({ state: 'visible' });
  // The first view asks for the React pane once it has drawn the verdict: that request is what is held.
  for (let waited = 0; held.length === 0 && waited < 5000; waited += 50) await delay(50);
  assert.ok(held.length > 0, 'the React pane was asked for (and held back)');
  const first = await headingsSeen(page);
  assert.equal(first.react, false, 'no React pane yet');
  assert.match(first.verdict.text, /^VerdictFail$/);
  assert.match(first.trust.text, /^Suspicious/);
  assert.equal(await page.getByRole('heading', { level: 1, name: 'Auth Doctor' }).count(), 1);
  // One status line all along (a live region announces a change of text, not its own arrival): silent now.
  assert.deepEqual(await page.getByRole('status').allTextContents(), [''], 'the status line is silent');
  const contrasts = await textContrasts(page);
  assert.ok(contrasts.length > 5, `text was measured (${contrasts.length} pieces)`);
  assert.deepEqual(
    lowContrast(contrasts),
    [],
    `text below 4.5:1 (3:1 when large) in the ${label} first view`,
  );
  await page.screenshot({ path: screenshotPath(`18-first-view-${label}.png`), fullPage: true });
  await assertAxeClean(page, `18 first view (${label})`);

  await release();
  assert.equal(await readVerdict(page), 'Fail');
  const full = await headingsSeen(page);
  assert.equal(full.react, true, 'the React pane took over');
  assert.equal(full.verdict.text, first.verdict.text, 'the same verdict');
  assert.equal(full.trust.text, first.trust.text, 'the same answer');
  assert.deepEqual(
    [full.trust.top, full.verdict.top, full.trust.left, full.verdict.left],
    [first.trust.top, first.verdict.top, first.trust.left, first.verdict.left],
    'nothing moved when React took over',
  );
  assert.equal(full.background, first.background, 'the same background');
  assert.equal(full.text, first.text, 'the same text colour');
  assert.equal(await verdictHeading(page).count(), 1, 'one verdict heading');
  assert.equal(await page.getByRole('heading', { level: 2, name: ANSWER }).count(), 1, 'one answer heading');
  assert.equal(await page.getByRole('heading', { level: 1 }).count(), 1, 'one title');
  const firstViewStyles = await page.evaluate(
    () =>
      Array.from(document.querySelectorAll('style')).filter((style) =>
        style.textContent.includes('auth-doctor-first'),
      ).length,
  );
  assert.equal(firstViewStyles, 0, "the first view's stylesheet is gone");
  await assertAxeClean(page, `18 full pane after the first view (${label})`);
  assert.deepEqual(pageErrors, []);
  assert.deepEqual(consoleErrors, []);
  return first;
}

scenario(
  '18 first view: the answer and the verdict before React, then the same in the full pane',
  async (t) => {
    const first = await firstViewThenReact(t, LIGHT_THEME, 'light');
    assert.ok(brightness(first.background) > 200, `a light background: ${first.background}`);
  },
);

scenario(
  '18 first view in dark Outlook: dark from the first frame, the same colours as the React pane',
  async (t) => {
    const first = await firstViewThenReact(t, DARK_THEME, 'dark');
    assert.ok(brightness(first.background) < 80, `a dark background: ${first.background}`);
    assert.ok(brightness(first.text) > 170, `light text: ${first.text}`);
  },
);
