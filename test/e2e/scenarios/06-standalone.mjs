/**
 * Scenario 6: standalone — Office.js cannot load (the request is aborted: offline, blocked CDN). The page
 * says it runs without Outlook, diagnoses a pasted header block, and diagnoses an .eml opened through the
 * file input. axe runs on the standalone page with a diagnosis shown.
 */
import assert from 'node:assert/strict';
import { performance } from 'node:perf_hooks';
import { scenario, openPane, readFixture, fixturePath, requestLog } from '../session.mjs';
import { readVerdict, readFindings, verdictHeading } from '../pane.mjs';
import { assertAxeClean } from '../a11y.mjs';

scenario(
  '6 standalone (Office.js aborted): paste a header block, open an .eml, see the diagnosis',
  async (t) => {
    const { page, pageErrors } = await openPane(t, { office: 'abort' });

    await page.getByRole('heading', { name: 'Headers to diagnose' }).waitFor({ state: 'visible' });
    assert.equal(
      await verdictHeading(page).count(),
      0,
      'nothing is diagnosed before the reader gives headers',
    );
    await assertAxeClean(page, '6 standalone page before any headers');

    await page.getByRole('textbox', { name: /Paste message headers/ }).fill(readFixture('pass.txt'));
    await page.getByRole('button', { name: 'Diagnose', exact: true }).click();
    assert.equal(await readVerdict(page), 'Pass');
    assert.match(await page.locator('body').innerText(), /From: (?:.*<)?megan\.bowen@contoso\.com/);
    await assertAxeClean(page, '6 standalone, pasted diagnosis');

    await page.getByRole('button', { name: 'Diagnose other headers' }).click();
    await page.getByLabel('Open message file').setInputFiles(fixturePath('northwind-invoice.eml'));
    await verdictHeading(page).filter({ hasText: 'Fail' }).waitFor({ state: 'visible' });
    const body = await page.locator('body').innerText();
    assert.match(body, /File northwind-invoice\.eml/, 'the pane names the file it diagnosed');
    assert.match(body, /From: (?:.*<)?billing@northwindtraders\.com/);
    assert.doesNotMatch(body, /contoso/, "the pasted message's diagnosis is gone");
    const findings = await readFindings(page);
    assert.ok(
      findings.some((f) => /explicit/i.test(f.title) && f.owner === "Sender's admin"),
      `the .eml's explicit compauth failure is shown: ${findings.map((f) => f.title).join(' | ')}`,
    );

    await assertAxeClean(page, '6 standalone, .eml diagnosis');
    assert.deepEqual(pageErrors, []);
  },
);

scenario('6 standalone (Office.js loads, no host): samples are offered and one diagnoses', async (t) => {
  const { page, pageErrors } = await openPane(t, { office: { host: null } });
  await page.getByRole('heading', { name: 'Headers to diagnose' }).waitFor({ state: 'visible' });
  const samples = page.getByRole('list', { name: 'Samples' }).getByRole('button');
  await samples.first().waitFor({ state: 'visible' });
  assert.ok((await samples.count()) >= 2, 'a few built-in samples are offered');
  const name = (await samples.first().innerText()).trim();
  await samples.first().click();
  await readVerdict(page);
  assert.match(
    await page.locator('body').innerText(),
    new RegExp(`Sample: ${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`),
  );
  await assertAxeClean(page, '6 sample diagnosis');
  assert.deepEqual(pageErrors, []);
});

scenario(
  "6 standalone with Microsoft's real Office.js outside Outlook: no host found, paste works",
  async (t) => {
    const started = performance.now();
    const { page, pageErrors } = await openPane(t, { office: 'real' });
    await page
      .getByRole('heading', { name: 'Headers to diagnose' })
      .waitFor({ state: 'visible', timeout: 15_000 });
    const loaded = requestLog
      .filter((entry) => entry.scenario === t.name && !entry.local)
      .map((entry) => entry.url);
    t.diagnostic(
      `real Office.js: standalone after ${(performance.now() - started).toFixed(0)} ms; loaded ${loaded.join(', ')}`,
    );
    await page.getByRole('textbox', { name: /Paste message headers/ }).fill(readFixture('pass.txt'));
    await page.getByRole('button', { name: 'Diagnose', exact: true }).click();
    assert.equal(await readVerdict(page), 'Pass');
    await assertAxeClean(page, '6 real Office.js outside Outlook, pasted diagnosis');
    assert.deepEqual(pageErrors, []);
  },
);
