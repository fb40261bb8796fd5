/* global window, document */
/**
 * Scenario 12: header text is attacker-controlled, and a 20,000-character token with no break opportunity
 * (a dotted "domain", an undocumented compauth reason) lands in the summary and in finding titles. In a
 * 360 px pane, with every section open, nothing may widen the page: document scrollWidth ≤ the viewport.
 */
import assert from 'node:assert/strict';
import { scenario, openPane, outlookWith, readFixture } from '../session.mjs';
import { readVerdict, readFindings, sectionToggle } from '../pane.mjs';
import { assertAxeClean } from '../a11y.mjs';
import { crlf } from '../headers.mjs';

const BASE = crlf(readFixture('compauth-000-oreject.txt'));
/** 20,000 characters without a space: dots are no line-break opportunity in CSS. */
const DOTTED = `${Array.from({ length: 330 }, () => 'q'.repeat(60)).join('.')}.com`;
const PLAIN = 'Q'.repeat(20_000);

const CASES = [
  { name: 'a dotted 20,000-character From domain', headers: BASE.replaceAll('northwindtraders.com', DOTTED) },
  { name: 'a 20,000-character compauth reason', headers: BASE.replace('reason=000', `reason=${PLAIN}`) },
];

for (const { name, headers } of CASES) {
  scenario(`12 ${name}: the 360 px pane does not widen`, async (t) => {
    const { page, pageErrors } = await openPane(t, { office: outlookWith(headers) });
    await readVerdict(page);
    const findings = await readFindings(page);
    const token = name.includes('dotted') ? 'qqqqqqqqqq' : 'QQQQQQQQQQ';
    assert.ok(
      findings.some((finding) => finding.title.includes(token)),
      'the token is in a finding title (the case tests what it claims)',
    );
    for (const section of ['Antispam verdict', 'Route and delays', 'Raw headers']) {
      const toggle = sectionToggle(page, section);
      if (await toggle.count()) await toggle.click();
    }
    await page.evaluate(() => new Promise((done) => window.requestAnimationFrame(() => done())));
    const widths = await page.evaluate(() => ({
      scrollWidth: document.documentElement.scrollWidth,
      viewport: document.documentElement.clientWidth,
    }));
    t.diagnostic(
      `scenario 12 (${name}): scrollWidth ${widths.scrollWidth} px, viewport ${widths.viewport} px`,
    );
    assert.ok(widths.scrollWidth <= widths.viewport, `the page is ${widths.scrollWidth} px wide`);
    await assertAxeClean(page, `12 ${name}, every section open`);
    assert.deepEqual(pageErrors, []);
  });
}
