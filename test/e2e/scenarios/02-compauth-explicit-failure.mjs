/* global window, document */
/**
 * Scenario 2: compauth=fail reason=000 with dmarc=fail action=oreject. The reader sees the explicit
 * failure, that the sender's admin must act, a fix naming the real domain, and — after activating the
 * evidence — that very line highlighted in the raw headers. Also: axe, the keyboard walk, and the time
 * from navigation to a rendered diagnosis (median of 5 loads).
 */
import assert from 'node:assert/strict';
import { performance } from 'node:perf_hooks';
import { scenario, openPane, outlookWith, readFixture, screenshotPath } from '../session.mjs';
import {
  readVerdict,
  readFindings,
  findingCard,
  rawHeaderList,
  sectionToggle,
  verdictHeading,
} from '../pane.mjs';
import { assertAxeClean, walkTabOrder } from '../a11y.mjs';
import { crlf } from '../headers.mjs';

const HEADERS = crlf(readFixture('compauth-000-oreject.txt'));
const LINES = HEADERS.split('\r\n');
const RAW_LINE_COUNT = HEADERS.replace(/\r\n$/, '').split('\r\n').length;
const DOMAIN = 'northwindtraders.com';

/** Line numbers (1-based) of the Authentication-Results header, continuation lines included. */
function authResultsLines() {
  const start = LINES.findIndex((line) => line.startsWith('Authentication-Results:'));
  let end = start;
  while (/^[ \t]/.test(LINES[end + 1] ?? '')) end++;
  return { first: start + 1, last: end + 1 };
}

scenario(
  '2 compauth=fail reason=000, dmarc oreject: explicit failure, owner, fix, evidence in raw view',
  async (t) => {
    const { page, pageErrors } = await openPane(t, { office: outlookWith(HEADERS) });

    assert.equal(await readVerdict(page), 'Fail');
    const findings = await readFindings(page);
    const explicit = findings.find((finding) => /explicit/i.test(finding.title) && /000/.test(finding.title));
    assert.ok(
      explicit,
      `an explicit compauth failure (reason 000) is shown; findings: ${findings.map((f) => f.title).join(' | ')}`,
    );
    assert.equal(explicit.severity, 'Error');
    assert.equal(explicit.owner, "Sender's admin");
    assert.equal(findings[0].severity, 'Error', 'the most severe findings come first');

    // One plan per owner: the sender's admin's steps stand under the most severe finding they own.
    const card = findingCard(page, explicit.title);
    const planCard = findingCard(page, findings[0].title);
    const fixSteps = await planCard.getByRole('list').first().getByRole('listitem').allInnerTexts();
    assert.ok(
      fixSteps.some((step) => step.includes(DOMAIN)),
      `a fix step names ${DOMAIN}:\n${fixSteps.join('\n')}`,
    );
    assert.ok(
      fixSteps.some((step) => step.includes('203.0.113.20')),
      `a fix step names the sending IP 203.0.113.20:\n${fixSteps.join('\n')}`,
    );
    await page.screenshot({ path: screenshotPath('2-compauth-fail.png'), fullPage: true });

    await t.test('2 evidence: activating it highlights that line in the raw headers', async () => {
      const evidence = card.getByRole('button', { name: /compauth=fail/ });
      const label = await evidence.innerText();
      const line = Number(/Line (\d+)/.exec(label)?.[1]);
      const { first, last } = authResultsLines();
      assert.ok(
        line >= first && line <= last,
        `evidence "${label}" points into Authentication-Results (${first}–${last})`,
      );

      await evidence.click();
      const raw = rawHeaderList(page);
      await raw.waitFor({ state: 'visible' });
      const current = raw.locator('li[aria-current="location"]');
      await current.waitFor({ state: 'visible' });
      assert.equal(
        await raw.getByRole('listitem').count(),
        RAW_LINE_COUNT,
        'the raw view shows every header line',
      );
      const shown = (await current.innerText()).replace(/\s+/g, ' ').trim();
      assert.ok(
        shown.includes(LINES[line - 1].trim()),
        `raw line ${line} shows "${LINES[line - 1].trim()}"; got "${shown}"`,
      );
      assert.ok(
        await current.evaluate((li) => {
          const box = li.getBoundingClientRect();
          return box.bottom > 0 && box.top < window.innerHeight;
        }),
        'the highlighted line is scrolled into view',
      );

      const background = (locator) => locator.evaluate((li) => window.getComputedStyle(li).backgroundColor);
      const plain = raw
        .getByRole('listitem')
        .filter({ hasText: /^\s*1\s*Received:/ })
        .first();
      assert.notEqual(await background(current), await background(plain), 'the evidence line is highlighted');
      await assertAxeClean(page, '2 evidence line highlighted in the raw view');
    });

    await t.test('2 fix steps: every copy button holds a whole record or command', async () => {
      const snippets = await page.getByRole('article').locator('ol code').allInnerTexts();
      assert.ok(snippets.length > 0, 'fix steps offer records or commands to copy');
      const balanced = (text) => {
        const stack = [];
        const pairs = { ')': '(', ']': '[', '}': '{' };
        for (const char of text.replace(/"[^"]*"|'[^']*'/g, '')) {
          if ('([{'.includes(char)) stack.push(char);
          else if (pairs[char] && stack.pop() !== pairs[char]) return false;
        }
        return stack.length === 0 && (text.match(/"/g) ?? []).length % 2 === 0;
      };
      assert.deepEqual(
        snippets.filter((snippet) => !balanced(snippet)),
        [],
        'copyable snippets cut out of a sentence (unbalanced brackets or quotes)',
      );
    });

    await t.test('2 route: hops oldest first, each with its delay', async () => {
      await sectionToggle(page, 'Route and delays').click();
      const route = page.locator('details').filter({ has: sectionToggle(page, 'Route and delays') });
      const items = route.getByRole('list').first().getByRole('listitem');
      await items.first().waitFor({ state: 'visible' }); // the timeline's code loads when the section opens
      const hops = await items.allInnerTexts();
      assert.equal(hops.length, 4, 'the four Received headers are four hops');
      assert.match(hops[0], /^smtp\.bulkmailer\.example\b/, `the oldest hop comes first: ${hops[0]}`);
      assert.match(
        hops[3],
        /SN7PR11MB6677\.namprd11\.prod\.outlook\.com/,
        `the mailbox server comes last: ${hops[3]}`,
      );
      for (const hop of hops.slice(1)) assert.match(hop, /\+\d+ s/, `each later hop shows its delay: ${hop}`);
    });

    await assertAxeClean(page, '2 explicit failure with the route open');

    await t.test('2 keyboard: Tab reaches every control, each visibly focused', async () => {
      await page.reload();
      await readVerdict(page);
      const walk = await walkTabOrder(page);
      t.diagnostic(
        `Tab reached ${walk.visited.length} of ${walk.expected.length} controls: ${walk.expected.map((c) => c.label).join(', ')}`,
      );
      assert.ok(walk.expected.length >= 5, `the pane has controls to reach (found ${walk.expected.length})`);
      assert.deepEqual(walk.unreached, [], 'controls Tab never reached');
      assert.deepEqual(walk.invisible, [], 'controls that look the same focused and unfocused');

      // Keyboard only: Enter on an evidence line opens the raw view with focus on that line.
      const evidence = page
        .getByRole('article')
        .first()
        .getByRole('button', { name: /^Line \d+/ })
        .first();
      const line = /Line (\d+)/.exec(await evidence.innerText())[1];
      await evidence.focus();
      await page.keyboard.press('Enter');
      await rawHeaderList(page).locator('li[aria-current="location"]').waitFor({ state: 'visible' });
      const focused = await page.evaluate(() => ({
        current: document.activeElement?.getAttribute('aria-current') ?? null,
        text: document.activeElement?.textContent ?? '',
      }));
      assert.equal(focused.current, 'location', 'focus moved to the highlighted raw line');
      assert.match(focused.text, new RegExp(`^\\D*${line}`), `the focused raw line is line ${line}`);
      await assertAxeClean(page, '2 raw line focused from the keyboard');
    });
    assert.deepEqual(pageErrors, [], 'no script errors on the page');
  },
);

scenario('2 timing: navigation to rendered diagnosis, median of 5 loads', async (t) => {
  const { page, load } = await openPane(t, { office: outlookWith(HEADERS), navigate: false });
  const times = [];
  for (let run = 0; run < 5; run++) {
    const started = performance.now();
    await load();
    await verdictHeading(page).waitFor({ state: 'visible' });
    times.push(performance.now() - started);
  }
  const median = [...times].sort((a, b) => a - b)[2];
  const summary = `scenario 2: navigation → rendered diagnosis median ${median.toFixed(0)} ms (runs: ${times.map((ms) => ms.toFixed(0)).join(', ')} ms)`;
  t.diagnostic(summary);
  console.log(`# ${summary}`);
  assert.ok(median > 0);
});

scenario('2 narrowest pane (320 px): nothing overflows sideways, every section open', async (t) => {
  const { page } = await openPane(t, { office: outlookWith(HEADERS), viewport: { width: 320, height: 800 } });
  await readVerdict(page);
  for (const title of ['Antispam verdict', 'Route and delays', 'Raw headers'])
    await sectionToggle(page, title).click();
  await rawHeaderList(page).waitFor({ state: 'visible' });
  await assertAxeClean(page, '2 at 320 px, every section open');
  const overflow = await page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    // The innermost elements sticking out past the pane's right edge, with the text that sticks out.
    return [...document.querySelectorAll('body *')]
      .filter((el) => el.getBoundingClientRect().right > width + 0.5 && el.getClientRects().length > 0)
      .filter((el) => ![...el.children].some((child) => child.getBoundingClientRect().right > width + 0.5))
      .map(
        (el) =>
          `${el.tagName.toLowerCase()} ends at ${Math.round(el.getBoundingClientRect().right)} px: "${el.textContent.trim().slice(0, 70)}"`,
      );
  });
  assert.deepEqual(overflow, [], 'content wider than the 320 px pane (the reader would scroll sideways)');
});
