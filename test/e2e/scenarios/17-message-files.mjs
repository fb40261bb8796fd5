/**
 * Scenario 17: files and items that hold more than one message. Standalone, an Outlook .msg (generated
 * in the MS-OXMSG layout by test/support/outlook-msg.ts) is opened: its own headers are diagnosed, its
 * attached original is offered and diagnosed, and the .msg reader's chunk loads only then. In Outlook, a
 * message with a forwarded-as-attachment original offers "Diagnose attached message", which reads the
 * attachment through getAttachmentContentAsync and diagnoses it.
 */
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { loadBundle } from '../../../bench/load-engine.mjs';
import {
  scenario,
  openPane,
  outlookWith,
  readFixture,
  repoRoot,
  requestLog,
  fakeOfficeLog,
} from '../session.mjs';
import { readVerdict, verdictHeading, visibleText } from '../pane.mjs';
import { assertAxeClean } from '../a11y.mjs';
import { crlf } from '../headers.mjs';

const PASS = crlf(readFixture('pass.txt'));
const INVOICE = crlf(readFixture('northwind-invoice.eml'));
const headerBlock = (text) => text.slice(0, text.indexOf('\r\n\r\n') + 2);

let builder = null;
/** buildMsg from the unit tests' support, bundled once (it needs the cfb package). */
function buildMsg(spec) {
  builder ??= loadBundle(join(repoRoot, 'test', 'support', 'outlook-msg.ts'), { minify: false });
  return builder.then((module) => module.buildMsg(spec));
}

const msgReaderRequests = (name) =>
  requestLog.filter(
    (request) => request.scenario === name && /\/msgreader\.[0-9a-f]+\.js$/.test(request.url),
  );

const STANDALONE = '17 standalone: an Outlook .msg and its attached original are diagnosed';
scenario(STANDALONE, async (t) => {
  const { page, pageErrors } = await openPane(t, { office: 'abort' });
  await page.getByRole('heading', { name: 'Headers to diagnose' }).waitFor({ state: 'visible' });
  assert.equal(msgReaderRequests(STANDALONE).length, 0, 'the .msg reader is not part of the first load');

  const msg = await buildMsg({
    headers: PASS,
    subject: 'Fwd: invoice',
    attachments: [{ kind: 'item', name: 'Invoice', message: { headers: headerBlock(INVOICE) } }],
  });
  await page
    .getByLabel('Open message file')
    .setInputFiles({ name: 'report.msg', mimeType: 'application/vnd.ms-outlook', buffer: Buffer.from(msg) });
  assert.equal(await readVerdict(page), 'Pass');
  assert.match(await visibleText(page), /File report\.msg/);
  assert.ok(msgReaderRequests(STANDALONE).length > 0, 'the .msg reader loads when a .msg is opened');

  const list = page.getByRole('list', { name: 'Messages in report.msg' });
  assert.equal(await list.getByRole('button', { name: 'The message' }).getAttribute('aria-current'), 'true');
  // Keyboard: the attached original is reached and picked without a pointer.
  const attached = list.getByRole('button', { name: 'Attached message 1 of 1' });
  await attached.focus();
  await page.keyboard.press('Enter');
  await verdictHeading(page).filter({ hasText: 'Fail' }).waitFor({ state: 'visible' });
  const text = await visibleText(page);
  assert.match(text, /File report\.msg, attached message 1 of 1/);
  assert.match(text, /From: (?:.*<)?billing@northwindtraders\.com/);
  assert.equal(await attached.getAttribute('aria-current'), 'true');

  await assertAxeClean(page, '17 standalone, the attached original of a .msg');
  assert.deepEqual(pageErrors, []);
});

scenario('17 Outlook: a forwarded-as-attachment original is diagnosed on request', async (t) => {
  const { page, pageErrors } = await openPane(t, {
    office: outlookWith(PASS, {
      item: {
        id: 'item-1',
        headers: PASS,
        delayMs: 0,
        error: null,
        attachments: [
          {
            id: 'att-photo',
            name: 'photo.jpg',
            contentType: 'image/jpeg',
            format: 'base64',
            content: '/9j/4A==',
          },
          { id: 'att-1', name: 'Your invoice', attachmentType: 'item', format: 'eml', content: INVOICE },
        ],
      },
    }),
  });
  assert.equal(await readVerdict(page), 'Pass');
  const list = page.getByRole('list', { name: 'Attached messages' });
  // Only the attachment that is a message is offered; the photo is not.
  assert.deepEqual(await list.getByRole('button').allInnerTexts(), [
    'The selected message',
    'Diagnose attached message 1 of 1: Your invoice',
  ]);
  await list.getByRole('button', { name: 'Diagnose attached message 1 of 1: Your invoice' }).click();
  await verdictHeading(page).filter({ hasText: 'Fail' }).waitFor({ state: 'visible' });
  assert.match(await visibleText(page), /Attached message 1 of 1: Your invoice/);
  await assertAxeClean(page, '17 Outlook, an attached original diagnosed');
  const calls = (await fakeOfficeLog(page)).calls.filter((call) => call.api === 'getAttachmentContentAsync');
  assert.deepEqual(
    calls.map((call) => call.detail),
    ['att-1'],
  );

  await list.getByRole('button', { name: 'The selected message' }).click();
  await verdictHeading(page).filter({ hasText: 'Pass' }).waitFor({ state: 'visible' });
  assert.deepEqual(pageErrors, []);
});
