/* global window, document */
/**
 * Scenario 5: Outlook in a dark theme (Office.context.officeTheme with a dark body background). The pane
 * turns dark — background and text colours change from the light pane — and every piece of text keeps a
 * contrast of at least 4.5:1 (3:1 for large text), computed from the styles the browser applied.
 * Switching Outlook's theme while the pane is open (OfficeThemeChanged) is followed too.
 */
import assert from 'node:assert/strict';
import {
  scenario,
  openPane,
  outlookWith,
  readFixture,
  screenshotPath,
  DARK_THEME,
  LIGHT_THEME,
} from '../session.mjs';
import { readVerdict, verdictHeading, sectionToggle, rawHeaderList } from '../pane.mjs';
import { assertAxeClean, textContrasts } from '../a11y.mjs';
import { crlf } from '../headers.mjs';

const HEADERS = crlf(readFixture('compauth-000-oreject.txt'));

/** The colours a reader sees behind and in the summary sentence: [background, text]. */
function summaryColours(page) {
  return verdictHeading(page).evaluate((heading) => {
    const paragraph = heading.parentElement.querySelector('p') ?? heading;
    let node = paragraph;
    let background = 'rgba(0, 0, 0, 0)';
    while (node && /rgba\(\d+, \d+, \d+, 0\)|transparent/.test(background)) {
      background = window.getComputedStyle(node).backgroundColor;
      node = node.parentElement;
    }
    return { background, text: window.getComputedStyle(paragraph).color };
  });
}

/** Perceived brightness 0–255 of an rgb()/rgba() colour. */
function luminance(rgb) {
  const [r, g, b] = rgb.match(/\d+(\.\d+)?/g).map(Number);
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/**
 * Runs in the page from navigation on: on every animation frame while the diagnosis is shown (for up to
 * 2 s), notes the background the reader sees behind the verdict — what a person in dark Outlook sees
 * first, including any frame rendered before the dark theme arrived.
 */
function recordVerdictBackgrounds() {
  const start = window.performance.now();
  const frames = (window.__e2eVerdictBackgrounds = []);
  const tick = () => {
    const heading = [...document.querySelectorAll('h2')].find((h) => h.textContent.startsWith('Verdict'));
    if (heading) {
      let node = heading;
      let background = 'rgba(0, 0, 0, 0)';
      while (node && /rgba\(\d+, \d+, \d+, 0\)/.test(background)) {
        background = window.getComputedStyle(node).backgroundColor;
        node = node.parentElement;
      }
      frames.push({ at: Math.round(window.performance.now() - start), background });
    }
    if (window.performance.now() - start < 2000 || frames.length === 0) window.requestAnimationFrame(tick);
  };
  window.requestAnimationFrame(tick);
}

function lowContrast(contrasts) {
  return contrasts
    .filter((c) => c.ratio < (c.large ? 3 : 4.5))
    .map((c) => `"${c.text}" ${c.color} on ${c.background}: ${c.ratio}:1`);
}

scenario('5 dark theme from officeTheme: colours change, text contrast ≥ 4.5:1', async (t) => {
  const light = await openPane(t, { office: outlookWith(HEADERS, { theme: LIGHT_THEME }) });
  await readVerdict(light.page);
  const lightColours = await summaryColours(light.page);

  const { page, pageErrors, context, load } = await openPane(t, {
    office: outlookWith(HEADERS, { theme: DARK_THEME }),
    navigate: false,
  });
  await context.addInitScript(recordVerdictBackgrounds);
  await load();
  assert.equal(await readVerdict(page), 'Fail');
  // The dark theme may arrive a moment after the diagnosis (see the subtest below): wait up to 5 s for it.
  await page
    .waitForFunction(
      (light) => {
        const heading = [...document.querySelectorAll('h2')].find((h) => h.textContent.startsWith('Verdict'));
        const paragraph = heading?.parentElement.querySelector('p');
        return paragraph && window.getComputedStyle(paragraph).color !== light;
      },
      lightColours.text,
      { timeout: 5000 },
    )
    .catch(() => {});
  const darkColours = await summaryColours(page);
  assert.notEqual(darkColours.background, lightColours.background, 'the background changes');
  assert.notEqual(darkColours.text, lightColours.text, 'the text colour changes');
  assert.ok(luminance(darkColours.background) < 80, `the background is dark: ${darkColours.background}`);
  assert.ok(luminance(darkColours.text) > 170, `the text is light: ${darkColours.text}`);
  await page.screenshot({ path: screenshotPath('5-dark.png'), fullPage: true });

  const contrasts = await textContrasts(page);
  assert.ok(contrasts.length > 20, `text was measured (${contrasts.length} pieces)`);
  const lowest = contrasts.reduce((a, b) => (b.ratio < a.ratio ? b : a));
  t.diagnostic(
    `dark theme: ${contrasts.length} pieces of text, lowest contrast ${lowest.ratio}:1 ("${lowest.text}")`,
  );
  assert.deepEqual(lowContrast(contrasts), [], 'text below 4.5:1 (3:1 when large) in the dark theme');
  await assertAxeClean(page, '5 dark theme');

  await t.test(
    '5 dark theme from the first frame: the diagnosis never shows on a light background',
    async () => {
      const frames = await page.evaluate(() => window.__e2eVerdictBackgrounds);
      const lightFrames = frames.filter((frame) => luminance(frame.background) >= 128);
      assert.ok(frames.length > 0, "frames were recorded from the diagnosis's first appearance");
      const firstDark = frames.find((frame) => luminance(frame.background) < 128);
      assert.equal(
        lightFrames.length,
        0,
        `in dark Outlook the diagnosis first showed on ${lightFrames[0]?.background} for ${lightFrames.length} frames ` +
          `(${lightFrames[0]?.at}–${lightFrames.at(-1)?.at} ms after navigation), dark only from ${firstDark?.at ?? 'never'} ms`,
      );
    },
  );

  await t.test('5 dark theme: the opened sections and the highlighted evidence stay readable', async () => {
    for (const title of ['Antispam verdict', 'Route and delays']) await sectionToggle(page, title).click();
    await page
      .getByRole('article')
      .first()
      .getByRole('button', { name: /^Line \d+/ })
      .first()
      .click();
    await rawHeaderList(page).locator('li[aria-current="location"]').waitFor({ state: 'visible' });
    const opened = await textContrasts(page);
    assert.ok(opened.length > contrasts.length, 'the opened sections were measured too');
    assert.deepEqual(lowContrast(opened), [], 'text below 4.5:1 (3:1 when large) in the opened sections');
    await page.screenshot({ path: screenshotPath('5-dark-sections-open.png'), fullPage: true });
    await assertAxeClean(page, '5 dark theme, evidence highlighted');
  });

  await t.test('5 OfficeThemeChanged: switching Outlook to light re-themes the open pane', async () => {
    await page.evaluate((theme) => window.__fakeOfficeControl.changeTheme(theme), LIGHT_THEME);
    await page.waitForFunction(
      (before) => {
        const heading = [...document.querySelectorAll('h2')].find((h) => h.textContent.startsWith('Verdict'));
        const paragraph = heading?.parentElement.querySelector('p');
        return paragraph && window.getComputedStyle(paragraph).color !== before;
      },
      darkColours.text,
      { timeout: 5000 },
    );
    assert.deepEqual(await summaryColours(page), lightColours, 'the pane now looks like the light pane');
    assert.deepEqual(lowContrast(await textContrasts(page)), [], 'text below 4.5:1 after the switch');
    await assertAxeClean(page, '5 switched to the light theme');
  });
  assert.deepEqual(pageErrors, []);
});
