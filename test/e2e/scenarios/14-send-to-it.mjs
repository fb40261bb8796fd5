/**
 * Scenario 14: "Send to IT". The help-desk address is fixed at build time, so the default dist/ (built
 * without one) must show no button, and the second production build of the pane (options-pane.mjs, with
 * an address) must open Outlook's new-message form (recorded by the fake host) addressed to it, naming
 * the message, carrying the diagnosis as escaped HTML and the message as an item.
 */
import assert from 'node:assert/strict';
import { scenario, openPane, outlookWith, fakeOfficeLog } from '../session.mjs';
import { readVerdict } from '../pane.mjs';
import { assertAxeClean } from '../a11y.mjs';
import { engine, emlHeaders } from '../engine.mjs';
import { optionsPane } from '../options-pane.mjs';

const FIXTURE = 'exchange-online/explicit-000-oreject.eml';
const ITEM_ID = 'AAMkAGI2THVSAAA=';

const sendToIt = (page) => page.getByRole('button', { name: 'Send to IT' });
const formsOpened = async (page) =>
  (await fakeOfficeLog(page)).calls.filter((call) => call.api === 'displayNewMessageForm');

const escapeHtml = (text) =>
  text
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&#39;');

scenario('14 Send to IT, no help-desk address built in: no button', async (t) => {
  const { page, pageErrors } = await openPane(t, { office: outlookWith(emlHeaders(FIXTURE)) });
  await readVerdict(page);
  assert.equal(
    await sendToIt(page).count(),
    0,
    'dist/ has a "Send to IT" button: was it built with HELPDESK set? The default build has none',
  );
  assert.deepEqual(await formsOpened(page), []);
  await assertAxeClean(page, '14 default build, no Send to IT');
  assert.deepEqual(pageErrors, []);
});

scenario(
  '14 Send to IT, built with a help-desk address: the form opens with the report and the message',
  async (t) => {
    const headers = emlHeaders(FIXTURE);
    const { diagnoseHeaders } = await engine();
    const { trust, message } = diagnoseHeaders(headers);

    const { helpdesk, server, buildSeconds } = await optionsPane();
    t.diagnostic(`scenario 14: pane built with HELPDESK and DNS_RESOLVER in ${buildSeconds.toFixed(1)} s`);

    const { page, pageErrors } = await openPane(t, {
      office: outlookWith(headers, { item: { id: ITEM_ID, headers, delayMs: 0, error: null } }),
      server,
    });
    await readVerdict(page);
    assert.deepEqual(await formsOpened(page), [], 'nothing opens before the reader asks');
    await assertAxeClean(page, '14 pane built with a help-desk address');

    await sendToIt(page).click();
    await page
      .getByRole('status')
      .filter({ hasText: `A message to ${helpdesk} is open` })
      .waitFor();
    await assertAxeClean(page, '14 Send to IT form opened');
    const forms = await formsOpened(page);
    assert.equal(forms.length, 1, 'one click, one new-message form');
    const form = forms[0].detail;

    assert.deepEqual(form.toRecipients, [helpdesk], 'addressed to the help desk');
    assert.ok(
      form.subject.includes(message.subject),
      `the subject names the message "${message.subject}": ${form.subject}`,
    );
    assert.ok(
      form.htmlBody.includes(escapeHtml(trust.headline)),
      `the body carries the headline "${trust.headline}"`,
    );
    assert.ok(
      form.htmlBody.includes(escapeHtml(trust.advice)),
      `the body carries the next step, HTML-escaped: "${escapeHtml(trust.advice)}"`,
    );
    assert.ok(
      trust.advice.includes("'"),
      'the next step has a character to escape (the case tests what it claims)',
    );
    assert.ok(!form.htmlBody.includes(trust.advice), 'no unescaped copy of the next step');
    assert.deepEqual(
      form.attachments,
      [{ type: 'item', itemId: ITEM_ID, name: message.subject }],
      'the message itself attached as an Outlook item',
    );
    assert.deepEqual(pageErrors, []);
  },
  { timeout: 600_000 },
);
