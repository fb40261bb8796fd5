/* global document, window */
/**
 * Scenario 13: in the narrowest task pane (320 × 700), the reader's answer — level tag, headline and next
 * step — is the first thing on screen, whole, without scrolling, before the protocol strip. Checked for a
 * spoof, a verified message and a forwarded one; the words are the engine's own trust answer for that
 * fixture. axe on the spoof view.
 */
import assert from 'node:assert/strict';
import { scenario, openPane, outlookWith, screenshotPath } from '../session.mjs';
import { readVerdict } from '../pane.mjs';
import { assertAxeClean } from '../a11y.mjs';
import { engine, emlHeaders } from '../engine.mjs';

const VIEWPORT = { width: 320, height: 700 };

/** The tag the pane shows for each trust level (src/taskpane/components/trust-answer.tsx). */
const LEVEL_TAGS = {
  verified: 'Verified sender',
  explained: 'Explained failure',
  unverified: 'Not verified',
  suspicious: 'Suspicious',
};

const CASES = [
  { kind: 'spoof', fixture: 'exchange-online/explicit-000-oreject.eml', level: 'suspicious' },
  { kind: 'verified', fixture: 'exchange-online/inbound-pass-100.eml', level: 'verified' },
  { kind: 'forwarded', fixture: 'forwarded/forwarded-arc-trusted-130.eml', level: 'explained' },
];

/** The answer's parts as the reader sees them, with their boxes and their place in the document. */
function measureAnswer(page) {
  return page.evaluate(() => {
    const heading = document.getElementById('trust-heading');
    const answer = heading?.closest('section');
    if (!heading || !answer) return null;
    const advice = [...answer.querySelectorAll('p')].find((p) => p.innerText.startsWith('Next step:'));
    const strip = document.querySelector('ul[aria-label="Protocol results"]');
    const box = (element) => {
      const { top, bottom, left, right } = element.getBoundingClientRect();
      return { top, bottom, left, right };
    };
    const [tag, ...headlineLines] = heading.innerText.split('\n').map((line) => line.trim());
    return {
      tag,
      headline: headlineLines.filter(Boolean).join(' '),
      advice: advice?.innerText.replace(/^Next step:\s*/, '').trim() ?? null,
      heading: box(heading),
      adviceBox: advice ? box(advice) : null,
      section: box(answer),
      strip: strip ? box(strip) : null,
      answerBeforeStrip: strip
        ? Boolean(answer.compareDocumentPosition(strip) & window.Node.DOCUMENT_POSITION_FOLLOWING)
        : null,
      scrollY: window.scrollY,
      viewportHeight: window.innerHeight,
      scrollWidth: document.documentElement.scrollWidth,
      clientWidth: document.documentElement.clientWidth,
    };
  });
}

for (const { kind, fixture, level } of CASES) {
  scenario(`13 ${kind} at 320 px: the reader's answer is above the fold, before the protocols`, async (t) => {
    const headers = emlHeaders(fixture);
    const { diagnoseHeaders } = await engine();
    const { trust } = diagnoseHeaders(headers);
    assert.equal(trust.level, level, `the engine rates ${fixture} ${level} (the case tests what it claims)`);

    const { page, pageErrors } = await openPane(t, { office: outlookWith(headers), viewport: VIEWPORT });
    await readVerdict(page);
    const seen = await measureAnswer(page);
    assert.ok(seen, 'the pane shows the reader’s answer (a section headed #trust-heading)');
    await page.screenshot({ path: screenshotPath(`13-${kind}-320.png`) });

    assert.equal(seen.tag, LEVEL_TAGS[level], 'the level tag');
    assert.equal(seen.headline, trust.headline, 'the headline is the engine’s');
    assert.equal(seen.advice, trust.advice, 'the next step is the engine’s');

    const bottom = Math.max(seen.heading.bottom, seen.adviceBox.bottom);
    t.diagnostic(
      `scenario 13 (${kind}): answer ${seen.heading.top.toFixed(0)}–${bottom.toFixed(0)} px ` +
        `(whole block with its reasons to ${seen.section.bottom.toFixed(0)} px), ` +
        `protocol strip from ${seen.strip.top.toFixed(0)} px, viewport ${seen.viewportHeight} px`,
    );
    assert.equal(seen.scrollY, 0, 'nothing scrolled the pane');
    assert.ok(seen.heading.top >= 0, 'the answer starts on screen');
    assert.ok(
      bottom <= seen.viewportHeight,
      `tag, headline and next step end at ${bottom.toFixed(0)} px, within the ${seen.viewportHeight} px pane`,
    );
    assert.ok(seen.section.right <= seen.clientWidth + 0.5, 'the answer fits the pane’s width');
    assert.ok(seen.scrollWidth <= seen.clientWidth, `the page is ${seen.scrollWidth} px wide`);
    assert.equal(seen.answerBeforeStrip, true, 'the answer comes before the protocol strip in the document');
    assert.ok(seen.section.bottom <= seen.strip.top, 'and above it on screen');

    await assertAxeClean(page, `13 ${kind} at 320 px`);
    assert.deepEqual(pageErrors, [], 'no script errors on the page');
  });
}
