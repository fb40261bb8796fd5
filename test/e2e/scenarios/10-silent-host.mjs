/* global window */
/**
 * Scenario 10: Outlook or its CDN goes silent. getAllInternetHeadersAsync never calls back (on first load,
 * and after ItemChanged): once the pane's 20 s wait is over it says "Outlook did not answer", with Retry and a
 * working paste box. Office.js itself never arrives (a hanging CDN): the page is not held up, and the
 * standalone tools start once the connection wait is over. Playwright's clock skips the waits.
 */
import assert from 'node:assert/strict';
import { scenario, openPane, outlookWith, readFixture } from '../session.mjs';
import { readVerdict, verdictHeading } from '../pane.mjs';
import { crlf } from '../headers.mjs';
import { assertAxeClean } from '../a11y.mjs';

const PASS_HEADERS = crlf(readFixture('pass.txt'));

/** The pane is waiting for the headers: the status line shows and Office has been asked. */
async function waitForHeaderRequest(page, itemId) {
  await page.getByText("Reading this message's headers…").waitFor({ state: 'visible' });
  await page.waitForFunction(
    (id) =>
      window.__fakeOfficeControl.calls.some((c) => c.api === 'getAllInternetHeadersAsync' && c.detail === id),
    itemId,
  );
  await assertAxeClean(page, `10 waiting for the headers of ${itemId}`);
}

async function expectSilenceNotice(page) {
  await page.getByRole('heading', { name: 'Outlook did not answer' }).waitFor({ state: 'visible' });
  assert.equal(await page.getByText("Reading this message's headers…").count(), 0, 'the spinner is gone');
  assert.equal(await verdictHeading(page).count(), 0, 'no diagnosis for headers never received');
  await page.getByRole('button', { name: 'Retry' }).waitFor({ state: 'visible' });
  await page.getByRole('textbox', { name: /Paste message headers/ }).waitFor({ state: 'visible' });
  await assertAxeClean(page, '10 Outlook did not answer');
}

scenario('10a Outlook never answers the first read: "did not answer", Retry, paste works', async (t) => {
  const office = outlookWith('', { item: { id: 'item-silent', noAnswer: true } });
  const { page, load, pageErrors } = await openPane(t, { office, navigate: false });
  await page.clock.install();
  await load();
  await waitForHeaderRequest(page, 'item-silent');
  await page.clock.fastForward('00:19');
  assert.equal(
    await page.getByRole('heading', { name: 'Outlook did not answer' }).count(),
    0,
    'not before 20 s',
  );
  await page.clock.fastForward('00:02');
  await expectSilenceNotice(page);

  await page.getByRole('button', { name: 'Retry' }).click();
  await waitForHeaderRequest(page, 'item-silent');
  const asked = await page.evaluate(
    () => window.__fakeOfficeControl.calls.filter((c) => c.api === 'getAllInternetHeadersAsync').length,
  );
  assert.equal(asked, 2, 'Retry asks Outlook again');
  await page.clock.fastForward('00:21');
  await expectSilenceNotice(page);

  await page.getByRole('textbox', { name: /Paste message headers/ }).fill(readFixture('pass.txt'));
  await page.getByRole('button', { name: 'Diagnose', exact: true }).click();
  assert.equal(await readVerdict(page), 'Pass');
  await assertAxeClean(page, '10a pasted diagnosis');
  assert.deepEqual(pageErrors, []);
});

scenario('10b after ItemChanged, a message Outlook never answers for gets the same state', async (t) => {
  const office = outlookWith(PASS_HEADERS);
  const { page, load, pageErrors } = await openPane(t, { office, navigate: false });
  await page.clock.install();
  await load();
  assert.equal(await readVerdict(page), 'Pass');
  await page.evaluate(() => window.__fakeOfficeControl.changeItem({ id: 'item-2', noAnswer: true }));
  await waitForHeaderRequest(page, 'item-2');
  await page.clock.fastForward('00:21');
  await expectSilenceNotice(page);
  assert.deepEqual(pageErrors, []);
});

scenario('10c Office.js stalls at the CDN: the page renders, then the standalone tools start', async (t) => {
  const { page, paneUrl, pageErrors } = await openPane(t, { office: 'stall', navigate: false });
  await page.clock.install();
  // The load event waits for the hanging request; the page itself must not.
  await page.goto(paneUrl, { waitUntil: 'commit' });
  await page.getByText('Connecting to Outlook…').waitFor({ state: 'visible', timeout: 10_000 });
  await assertAxeClean(page, '10c connecting to Outlook');
  await page.clock.fastForward('00:09');
  await page.getByRole('heading', { name: 'Headers to diagnose' }).waitFor({ state: 'visible' });
  assert.match(await page.locator('body').innerText(), /Office\.js did not load in time/);
  await assertAxeClean(page, '10c standalone after Office.js stalled');
  await page.getByRole('textbox', { name: /Paste message headers/ }).fill(readFixture('pass.txt'));
  await page.getByRole('button', { name: 'Diagnose', exact: true }).click();
  assert.equal(await readVerdict(page), 'Pass');
  assert.deepEqual(pageErrors, []);
});
