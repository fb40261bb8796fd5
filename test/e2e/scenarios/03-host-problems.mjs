/**
 * Scenario 3: Outlook cannot give the headers — a client without requirement set Mailbox 1.8, and an
 * asynchronous failure of getAllInternetHeadersAsync. Each shows its own specific message (the second
 * with Office's error code and message) and a paste box that really diagnoses what is pasted.
 */
import assert from 'node:assert/strict';
import { scenario, openPane, outlookWith, readFixture } from '../session.mjs';
import { readVerdict, verdictHeading } from '../pane.mjs';
import { crlf } from '../headers.mjs';
import { assertAxeClean } from '../a11y.mjs';

const PASS_HEADERS = readFixture('pass.txt');

/** Pastes a header block into the fallback and asks for the diagnosis, as a person would. */
async function pasteAndDiagnose(page, headers) {
  const box = page.getByRole('textbox', { name: /Paste message headers/ });
  await box.fill(headers);
  await page.getByRole('button', { name: 'Diagnose', exact: true }).click();
}

scenario('3a API unsupported (no Mailbox 1.8): specific message and a working paste fallback', async (t) => {
  const office = outlookWith(crlf(PASS_HEADERS), { requirementSets: { Mailbox: '1.5' } });
  const { page, pageErrors } = await openPane(t, { office });

  const title = page.getByRole('heading', { name: 'This Outlook cannot read internet headers' });
  await title.waitFor({ state: 'visible' });
  assert.match(
    await page.locator('body').innerText(),
    /Mailbox 1\.8/,
    'the message names the missing requirement set',
  );
  assert.equal(
    await verdictHeading(page).count(),
    0,
    'no diagnosis is shown for a message that was not read',
  );
  await page.getByRole('textbox', { name: /Paste message headers/ }).waitFor({ state: 'visible' });
  await assertAxeClean(page, '3a unsupported client, paste box offered');

  await pasteAndDiagnose(page, PASS_HEADERS);
  assert.equal(await readVerdict(page), 'Pass');
  assert.match(await page.locator('body').innerText(), /From: (?:.*<)?megan\.bowen@contoso\.com/);
  await assertAxeClean(page, '3a pasted diagnosis');
  assert.deepEqual(pageErrors, []);
});

scenario('3b async failure: Office error code and message shown, paste fallback diagnoses', async (t) => {
  const error = { code: 9020, name: 'GenericResponseError', message: 'An internal error has occurred.' };
  const office = outlookWith('', { item: { id: 'item-failing', error, delayMs: 50 } });
  const { page, pageErrors } = await openPane(t, { office });

  await page
    .getByRole('heading', { name: 'Outlook could not give the headers' })
    .waitFor({ state: 'visible' });
  const text = await page.locator('body').innerText();
  // Office's own full stop moves after the error code: one sentence, one full stop.
  assert.ok(
    text.includes(`Outlook answered: ${error.message.replace(/\.$/, '')} (error 9020, ${error.name}).`),
    `Office's message is shown:\n${text}`,
  );
  assert.ok(text.includes('9020'), "Office's error code is shown");
  assert.equal(await verdictHeading(page).count(), 0, 'no diagnosis is shown for headers never received');
  await page.getByRole('textbox', { name: /Paste message headers/ }).waitFor({ state: 'visible' });
  await assertAxeClean(page, '3b Office error, paste box offered');

  await pasteAndDiagnose(page, readFixture('compauth-000-oreject.txt'));
  assert.equal(await readVerdict(page), 'Fail');
  assert.match(await page.locator('body').innerText(), /northwindtraders\.com/);
  await assertAxeClean(page, '3b pasted diagnosis');
  assert.deepEqual(pageErrors, []);
});

scenario('3c header-poor items: empty headers, compose mode and no selection each say so', async (t) => {
  const cases = [
    { item: { id: 'sent-item', headers: '' }, title: 'Outlook returned no headers for this message' },
    { item: { id: 'draft', mode: 'compose' }, title: 'This is a message you are writing' },
    { item: null, title: 'No message selected' },
  ];
  for (const { item, title } of cases) {
    const { page, pageErrors } = await openPane(t, { office: outlookWith('', { item }) });
    await page.getByRole('heading', { name: title }).waitFor({ state: 'visible' });
    assert.equal(
      await verdictHeading(page).count(),
      0,
      `${title}: no diagnosis, and no "no problems" either`,
    );
    // The paste box may arrive a moment after the message (its code loads on demand): wait for it.
    await page.getByRole('textbox', { name: /Paste message headers/ }).waitFor({ state: 'visible' });
    await assertAxeClean(page, `3c ${title}`);
    assert.deepEqual(pageErrors, []);
  }
});
