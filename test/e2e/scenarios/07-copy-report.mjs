/* global navigator */
/**
 * Scenario 7: "Copy report" puts Markdown on the real clipboard (permissions granted to the page's
 * origin) naming the verdict and every finding the reader sees in the pane.
 */
import assert from 'node:assert/strict';
import { scenario, openPane, outlookWith, readFixture } from '../session.mjs';
import { readVerdict, readFindings } from '../pane.mjs';
import { crlf } from '../headers.mjs';
import { assertAxeClean } from '../a11y.mjs';

/** Markdown with its backslash escapes removed: the words a reader of the rendered ticket sees. */
const unescapeMarkdown = (markdown) => markdown.replace(/\\([\\`*_{}[\]()#+\-.!|<>~])/g, '$1');

scenario('7 copy report: the clipboard holds Markdown naming the verdict and findings', async (t) => {
  const office = outlookWith(crlf(readFixture('compauth-000-oreject.txt')));
  const { page, pageErrors } = await openPane(t, { office, clipboard: true });
  assert.equal(await readVerdict(page), 'Fail');
  const findings = await readFindings(page);

  await page.evaluate(() => navigator.clipboard.writeText('(clipboard before the copy)'));
  await page.getByRole('button', { name: 'Copy report' }).click();
  await page.getByRole('status').filter({ hasText: 'Report copied to the clipboard as Markdown.' }).waitFor();
  const markdown = await page.evaluate(() => navigator.clipboard.readText());

  assert.match(
    markdown.split('\n')[0],
    /^# .*\bFAIL\b/i,
    `the first heading names the verdict:\n${markdown.slice(0, 200)}`,
  );
  assert.match(markdown, /^## /m, 'it is Markdown with sections');
  // Header-derived names are in code spans (no autolinks): compare the words without the backticks.
  const words = unescapeMarkdown(markdown).replaceAll('`', '');
  for (const finding of findings) {
    assert.ok(words.includes(finding.title), `the report names the finding "${finding.title}"`);
  }
  assert.ok(words.includes("Sender's admin"), 'the report says who must act');
  assert.ok(words.includes('northwindtraders.com'), 'the report names the domain');
  await assertAxeClean(page, '7 report copied');
  assert.deepEqual(pageErrors, []);
});

scenario('7 copy buttons in fix steps: the clipboard holds exactly the record shown', async (t) => {
  const office = outlookWith(crlf(readFixture('compauth-000-oreject.txt')));
  const { page, pageErrors } = await openPane(t, { office, clipboard: true });
  await readVerdict(page);
  const step = page
    .getByRole('article')
    .first()
    .locator('ol li')
    .filter({ has: page.locator('code') })
    .first();
  const shown = (await step.locator('code').first().innerText()).trim();
  await step
    .getByRole('button', { name: /^Copy: / })
    .first()
    .click();
  await step
    .getByRole('button', { name: /^Copied: / })
    .first()
    .waitFor();
  assert.equal((await page.evaluate(() => navigator.clipboard.readText())).trim(), shown);
  assert.match(
    shown,
    /northwindtraders\.com|203\.0\.113\.20/,
    "the record carries this message's domain or IP",
  );
  await assertAxeClean(page, '7 fix step copied');
  assert.deepEqual(pageErrors, []);
});
