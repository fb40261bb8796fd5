/* global window, document */
/**
 * Scenario 8: headers are attacker-controlled. Script tags, event-handler attributes, javascript: URLs and
 * about 1 MB of folded lines, delivered by Outlook and pasted by hand: no dialog opens, no script runs
 * (the canary window.__pwned stays unset, no handler attribute or javascript: link reaches the DOM), the
 * hostile text shows as text, and the page keeps answering.
 */
import assert from 'node:assert/strict';
import { performance } from 'node:perf_hooks';
import { scenario, openPane, outlookWith } from '../session.mjs';
import { readVerdict, sectionToggle, rawHeaderList } from '../pane.mjs';
import { hostileHeaders } from '../headers.mjs';
import { assertAxeClean } from '../a11y.mjs';

const HOSTILE = hostileHeaders();

/** Resolves when the page evaluates a trivial expression within `ms`; fails otherwise. */
async function assertResponsive(page, ms, when) {
  const started = performance.now();
  const answer = await Promise.race([
    page.evaluate(() => 6 * 7),
    new Promise((resolve) => setTimeout(() => resolve('no answer'), ms)),
  ]);
  assert.equal(answer, 42, `the page answers within ${ms} ms ${when}`);
  return performance.now() - started;
}

/** What reached the DOM that could run script. */
function injectedScriptSurface(page) {
  return page.evaluate(() => {
    const all = [...document.querySelectorAll('*')];
    return {
      pwned: window.__pwned ?? null,
      handlerAttributes: all.flatMap((el) =>
        [...el.attributes].filter((a) => /^on/i.test(a.name)).map((a) => `${el.tagName} ${a.name}`),
      ),
      javascriptUrls: all.flatMap((el) =>
        ['href', 'src', 'action', 'formaction', 'xlink:href']
          .map((name) => el.getAttribute(name))
          .filter((value) => value && /^\s*javascript:/i.test(value)),
      ),
      inlineScripts: [...document.scripts].filter((s) => !s.src).length,
      frames: document.querySelectorAll('iframe, frame, object, embed').length,
    };
  });
}

/**
 * Puts a 1 MB block in the paste box the way a paste ends: the value changes at once and one input event
 * fires. (Playwright's fill and execCommand('insertText') go through Chromium's editing machinery, which
 * needs minutes for a megabyte of lines even in a bare <textarea>: a browser cost, not the pane's.)
 */
function pasteLargeText(textbox, text) {
  return textbox.evaluate((area, value) => {
    const setValue = Object.getOwnPropertyDescriptor(window.HTMLTextAreaElement.prototype, 'value').set;
    area.focus();
    setValue.call(area, value);
    area.dispatchEvent(new window.Event('input', { bubbles: true }));
  }, text);
}

const CLEAN = { pwned: null, handlerAttributes: [], javascriptUrls: [], inlineScripts: 0, frames: 0 };

scenario('8 hostile headers from Outlook: no dialog, no script runs, page stays responsive', async (t) => {
  assert.ok(HOSTILE.length > 1024 * 1024, 'the block carries over 1 MB');
  const { page, dialogs } = await openPane(t, { office: outlookWith(HOSTILE) });

  const started = performance.now();
  assert.equal(await readVerdict(page, { timeout: 60_000 }), 'Fail');
  t.diagnostic(
    `1 MB hostile block diagnosed and rendered in ${(performance.now() - started).toFixed(0)} ms after load`,
  );
  await assertResponsive(page, 2000, 'after the diagnosis');

  const body = await page.locator('body').innerText();
  assert.ok(body.includes("<script>window.__pwned='from'</script>"), 'the hostile From shows as plain text');

  await sectionToggle(page, 'Raw headers').click();
  await rawHeaderList(page).waitFor({ state: 'visible', timeout: 30_000 });
  await assertResponsive(page, 2000, 'with the 1 MB raw view open');
  assert.ok(
    (await rawHeaderList(page).innerText()).includes('<svg/onload=alert(2)>'),
    'the raw view shows the markup as text',
  );
  await sectionToggle(page, 'Antispam verdict').click();
  await sectionToggle(page, 'Route and delays').click();
  await assertResponsive(page, 2000, 'with every section open');
  await assertAxeClean(page, '8 hostile headers from Outlook, every section open');

  assert.deepEqual(await injectedScriptSurface(page), CLEAN);
  assert.deepEqual(dialogs, [], 'no dialog opened');

  // Defence in depth: even markup that reached the DOM could not run, the page's CSP refuses inline script.
  const ranInline = await page.evaluate(() => {
    const script = document.createElement('script');
    script.textContent = 'window.__cspCanary = true;';
    document.body.append(script);
    script.remove();
    return window.__cspCanary === true;
  });
  assert.equal(ranInline, false, 'an inline script injected into the page does not run (CSP)');
});

scenario('8 hostile headers pasted in standalone mode: no dialog, no script runs', async (t) => {
  const { page, dialogs } = await openPane(t, { office: 'abort' });
  await pasteLargeText(page.getByRole('textbox', { name: /Paste message headers/ }), HOSTILE);
  await page.getByRole('button', { name: 'Diagnose', exact: true }).click();
  assert.equal(await readVerdict(page, { timeout: 60_000 }), 'Fail');
  await assertResponsive(page, 2000, 'after the diagnosis');
  await sectionToggle(page, 'Raw headers').click();
  await rawHeaderList(page).waitFor({ state: 'visible', timeout: 30_000 });
  await assertResponsive(page, 2000, 'with the raw view open');
  await page.getByRole('button', { name: 'Copy report' }).click();
  await page
    .getByRole('status')
    .filter({ hasText: /report/i })
    .waitFor();
  await assertAxeClean(page, '8 hostile headers pasted, report copied');
  assert.deepEqual(await injectedScriptSurface(page), CLEAN);
  assert.deepEqual(dialogs, [], 'no dialog opened');
});
