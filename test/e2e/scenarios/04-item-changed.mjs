/* global window, document */
/**
 * Scenario 4: a pinned pane, the user moves to another message while the first one's headers are still
 * on their way. The first answer is delayed so it lands after the second message is shown: the pane must
 * show the second message's diagnosis only — at no moment anything of the first beside it.
 */
import assert from 'node:assert/strict';
import { scenario, openPane, outlookWith, readFixture, fakeOfficeLog } from '../session.mjs';
import { readVerdict, readFindings, verdictHeading } from '../pane.mjs';
import { crlf } from '../headers.mjs';
import { assertAxeClean } from '../a11y.mjs';

const FIRST = { id: 'item-northwind', headers: crlf(readFixture('compauth-000-oreject.txt')), delayMs: 1500 };
const SECOND = { id: 'item-contoso', headers: crlf(readFixture('pass.txt')), delayMs: 0 };

/** Records, from now on, whether any text of the given kind ever appears in the page. */
function watchForText(page, needle) {
  return page.evaluate((text) => {
    window.__e2eSaw = false;
    const check = () => {
      if (document.body.textContent.includes(text)) window.__e2eSaw = true;
    };
    new window.MutationObserver(check).observe(document.body, {
      subtree: true,
      childList: true,
      characterData: true,
    });
    check();
  }, needle);
}

scenario('4 ItemChanged: the second message replaces the first, never a mix', async (t) => {
  const { page, pageErrors } = await openPane(t, { office: outlookWith('', { item: FIRST }) });

  // The pane has asked for the first message's headers; their answer is still 1.5 s away.
  await page.waitForFunction(
    (id) =>
      window.__fakeOfficeControl.calls.some((c) => c.api === 'getAllInternetHeadersAsync' && c.detail === id),
    FIRST.id,
  );
  await watchForText(page, 'northwindtraders');
  await page.evaluate((item) => window.__fakeOfficeControl.changeItem(item), SECOND);

  assert.equal(await readVerdict(page), 'Pass');
  // Let the first message's late answer arrive, then give the page time to (wrongly) render it.
  await page.waitForFunction(
    (id) => window.__fakeOfficeControl.deliveries.some((d) => d.itemId === id),
    FIRST.id,
    { timeout: 10_000 },
  );
  await page.evaluate(() => new Promise((done) => window.setTimeout(done, 300)));

  assert.equal(
    await readVerdict(page),
    'Pass',
    'the late answer for the first message did not replace the second',
  );
  assert.equal(
    await page.evaluate(() => window.__e2eSaw),
    false,
    'nothing of the first message ever appeared',
  );
  const body = await page.locator('body').innerText();
  assert.match(body, /From: (?:.*<)?megan\.bowen@contoso\.com/);
  assert.deepEqual(
    (await readFindings(page)).filter((f) => f.severity === 'Error').map((f) => f.title),
    [],
    'no finding of the first (failing) message',
  );
  await assertAxeClean(page, '4 second message shown after ItemChanged');

  // Back to the first message (answering at once now): its diagnosis alone, nothing of the second.
  await page.evaluate((item) => window.__fakeOfficeControl.changeItem(item), { ...FIRST, delayMs: 0 });
  await verdictHeading(page).filter({ hasText: 'Fail' }).waitFor();
  await page.getByText(/From: (?:.*<)?billing@northwindtraders\.com/).waitFor();
  assert.doesNotMatch(
    await page.locator('body').innerText(),
    /contoso/,
    'nothing of the previous message remains',
  );
  await assertAxeClean(page, '4 back to the first message');

  const log = await fakeOfficeLog(page);
  assert.ok(
    log.calls.filter((c) => c.api === 'getAllInternetHeadersAsync').length >= 3,
    'each selection was read from Outlook',
  );
  assert.deepEqual(pageErrors, []);
});

scenario('4 ItemChanged after a pasted diagnosis: the newly selected message replaces it', async (t) => {
  const error = { code: 9020, name: 'GenericResponseError', message: 'An internal error has occurred.' };
  const { page, pageErrors } = await openPane(t, {
    office: outlookWith('', { item: { id: 'item-failing', error } }),
  });
  await page
    .getByRole('heading', { name: 'Outlook could not give the headers' })
    .waitFor({ state: 'visible' });
  await page
    .getByRole('textbox', { name: /Paste message headers/ })
    .fill(readFixture('compauth-000-oreject.txt'));
  await page.getByRole('button', { name: 'Diagnose', exact: true }).click();
  assert.equal(await readVerdict(page), 'Fail');
  await assertAxeClean(page, '4 pasted diagnosis beside the failed item');

  await page.evaluate((item) => window.__fakeOfficeControl.changeItem(item), SECOND);
  await verdictHeading(page).filter({ hasText: 'Pass' }).waitFor({ state: 'visible' });
  const body = await page.locator('body').innerText();
  assert.doesNotMatch(body, /northwindtraders/, 'the pasted diagnosis does not stand beside the new message');
  assert.doesNotMatch(body, /Outlook could not give the headers/, "the old item's error is gone");
  assert.equal(await verdictHeading(page).count(), 1, 'exactly one diagnosis on screen');
  await assertAxeClean(page, '4 newly selected message after a pasted diagnosis');
  assert.deepEqual(pageErrors, []);
});
