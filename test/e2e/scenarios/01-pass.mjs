/* global document */
/** Scenario 1: a passing message — verdict "Pass", every protocol in the strip passes, no error finding. */
import assert from 'node:assert/strict';
import { scenario, openPane, outlookWith, readFixture, screenshotPath, fakeOfficeLog } from '../session.mjs';
import { readVerdict, readProtocols, readFindings } from '../pane.mjs';
import { assertAxeClean } from '../a11y.mjs';
import { crlf } from '../headers.mjs';

scenario('1 passing message: verdict pass, protocol strip all pass, no error findings', async (t) => {
  const { page, pageErrors, consoleErrors } = await openPane(t, {
    office: outlookWith(crlf(readFixture('pass.txt'))),
  });

  assert.equal(await readVerdict(page), 'Pass');

  const protocols = await readProtocols(page);
  assert.deepEqual(
    protocols.map((row) => row.name),
    ['SPF', 'DKIM', 'DMARC', 'compauth', 'ARC'],
    'the strip names SPF, DKIM, DMARC, compauth and ARC',
  );
  for (const row of protocols.filter((row) => row.name !== 'ARC'))
    assert.equal(row.result, 'pass', `${row.name} should read "pass":\n${row.text}`);
  // The receiver wrote no arc= result; the seals say the chain was intact: both shown, apart.
  const arc = protocols.find((row) => row.name === 'ARC');
  assert.equal(arc.result, 'not reported', `the receiver reported no ARC result:\n${arc.text}`);
  assert.match(arc.text, /found the chain before it intact \(cv=pass\)/, 'what the seals show');

  const findings = await readFindings(page);
  assert.ok(findings.length > 0, 'even a clean message gets a finding saying so');
  assert.deepEqual(
    findings.filter((finding) => finding.severity === 'Error').map((finding) => finding.title),
    [],
    'no error findings',
  );
  assert.ok(
    findings.some((finding) => finding.owner === 'No action'),
    `one finding says nobody needs to act; got ${JSON.stringify(findings.map((f) => [f.title, f.owner]))}`,
  );
  await page.screenshot({ path: screenshotPath('1-pass.png'), fullPage: true });

  // A screen-reader user moves by headings: the page title, then verdict, protocols, findings, each finding.
  const outline = await page.evaluate(() =>
    [...document.querySelectorAll('h1, h2, h3, [role="heading"]')].map(
      (h) =>
        `${h.getAttribute('aria-level') ?? h.tagName.slice(1)} ${h.innerText.replace(/\s+/g, ' ').trim()}`,
    ),
  );
  // The reader's answer comes first (its heading is the trust level and headline), then the admin view.
  assert.equal(outline[0], '1 Auth Doctor');
  assert.match(outline[1], /^2 Verified sender\b/);
  assert.deepEqual(outline.slice(2, 5), ['2 Verdict Pass', '2 Protocols', `2 Findings (${findings.length})`]);
  for (const finding of findings)
    assert.ok(outline.includes(`3 ${finding.title}`), `heading for "${finding.title}"`);

  // A Content-Security-Policy violation by the pane itself would be reported here.
  assert.deepEqual(consoleErrors, [], 'no errors in the console');

  await assertAxeClean(page, '1 passing message');
  assert.deepEqual(pageErrors, [], 'no script errors on the page');

  // The fake host must cover what the pane reads. saveAsync is absent from read-mode items in Outlook too:
  // the pane probes it to tell a draft from a received message.
  const { missing } = await fakeOfficeLog(page);
  assert.deepEqual(
    missing.filter((path) => path !== 'Office.context.mailbox.item.saveAsync'),
    [],
    'Office APIs the pane used that the fake host lacks',
  );
});
