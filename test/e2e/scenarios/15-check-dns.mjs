/**
 * Scenario 15: "Check DNS now". The default dist/ (DNS_RESOLVER off) has no button, allows no origin but
 * its own in connect-src, and asks nothing. The pane built with a resolver (options-pane.mjs: a DoH relay
 * on 127.0.0.1 in front of knotd serving test/dns/zones) says whom it will ask and sends nothing until the
 * click; then the findings say what DNS shows now, with the published record edited: adatum.com still
 * lacks the message's IP (confirmed), fabrikam.com has published DMARC since (fixed since, next policy).
 * The second check goes through a relay that refuses GET, so the browser's POST (with its CORS preflight,
 * under the page's CSP) is tested too.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { scenario, openPane, outlookWith, requestLog, distDir } from '../session.mjs';
import { findingCard, readVerdict } from '../pane.mjs';
import { engine, emlHeaders } from '../engine.mjs';
import { optionsPane } from '../options-pane.mjs';
import { assertAxeClean } from '../a11y.mjs';

const STILL_FAILING = 'exchange-online/implicit-pass-701.eml';
const FIXED_SINCE = 'exchange-online/not-checked-3xx.eml';

const checkButton = (page) => page.getByRole('button', { name: /^Check (DNS now|again)$/ });
const escaped = (text) => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

/** The question name of a wire-format DNS query (RFC 1035 §4.1.2). */
function queryName(wire) {
  const labels = [];
  for (let at = 12; wire[at] !== 0; at += wire[at] + 1)
    labels.push(Buffer.from(wire.subarray(at + 1, at + 1 + wire[at])).toString('latin1'));
  return labels.join('.');
}

/** The title the engine gives finding `id` for this fixture (the card is found by it). */
async function titleOf(fixture, id) {
  const { diagnoseHeaders } = await engine();
  const finding = diagnoseHeaders(emlHeaders(fixture)).findings.find((f) => f.id === id);
  assert.ok(finding, `the engine finds ${id} in ${fixture}`);
  return finding.title;
}

/** Clicks the button, waits for the card's "DNS now" line and returns the card's text. */
async function checkAndRead(page, card, endpoint) {
  await checkButton(page).click();
  const line = card.getByText(new RegExp(`^DNS now \\(${escaped(endpoint)}, `));
  await line.waitFor({ timeout: 20_000 });
  return { line: await line.innerText(), code: await card.locator('ol code').allInnerTexts(), card };
}

scenario('15 Check DNS now, built off (the default): no button, no origin, no request', async (t) => {
  const html = readFileSync(join(distDir, 'taskpane.html'), 'utf8');
  assert.match(html, /connect-src 'self';/, "dist/ allows fetches from its own origin only ('self')");
  const { page, pageErrors, server } = await openPane(t, { office: outlookWith(emlHeaders(STILL_FAILING)) });
  await readVerdict(page);
  assert.equal(
    await checkButton(page).count(),
    0,
    'dist/ has a "Check DNS now" button: built with DNS_RESOLVER?',
  );
  assert.equal(await page.getByRole('heading', { name: 'What DNS says now' }).count(), 0);
  await page.waitForTimeout(300);
  const elsewhere = requestLog
    .filter((entry) => entry.scenario === t.name)
    .map((entry) => entry.url)
    .filter(
      (url) => !url.startsWith(server.origin) && !url.startsWith('https://appsforoffice.microsoft.com/'),
    );
  assert.deepEqual(elsewhere, [], 'requests beyond the pane itself and Office.js');
  assert.deepEqual(pageErrors, []);
});

scenario(
  '15 Check DNS now, built with a resolver: nothing before the click, then confirmed with the record edit',
  async (t) => {
    const { relay, server } = await optionsPane();
    const title = await titleOf(STILL_FAILING, 'spf-fail');
    assert.deepEqual(
      relay.queries,
      [],
      'no query reached the relay before this scenario (nor in scenario 14)',
    );

    const { page, pageErrors } = await openPane(t, {
      office: outlookWith(emlHeaders(STILL_FAILING)),
      server,
    });
    await readVerdict(page);
    const relayHost = new URL(relay.endpoint).host;
    await page.getByText(`Asks ${relayHost} for adatum.com, _dmarc.adatum.com`).waitFor();
    await page.getByText(/Only domain names are sent, never the message/).waitFor();
    await page.waitForTimeout(500);
    assert.deepEqual(relay.queries, [], 'a query reached the relay before the click');

    const card = findingCard(page, title);
    const { line, code } = await checkAndRead(page, card, relay.endpoint);
    assert.match(line, /\): confirmed\. SPF for 203\.0\.113\.61 from adatum\.com is softfail now/);
    assert.ok(
      (await card.innerText()).includes('TXT record at adatum.com'),
      'the step names where the record is',
    );
    assert.ok(
      code.includes('v=spf1 ip4:192.0.2.0/24 ip4:203.0.113.61 ~all'),
      `the fix is the published record with the one address added: ${code.join(' | ')}`,
    );
    const names = relay.queries.map((query) => queryName(query.wire));
    assert.ok(names.length > 0, 'the click sent queries');
    for (const name of names)
      assert.match(
        name,
        /(^|\.)adatum\.com$|^_dmarc\.com$/,
        "only the message's domains (and DMARC's parent)",
      );
    assert.deepEqual([...new Set(relay.queries.map((query) => query.method))], ['GET']);
    const dnsRequests = requestLog.filter(
      (entry) => entry.scenario === t.name && !entry.url.startsWith(server.origin) && entry.local,
    );
    assert.ok(dnsRequests.length > 0 && dnsRequests.every((entry) => entry.url.startsWith(relay.endpoint)));
    t.diagnostic(`scenario 15: ${names.length} DoH queries after the click, none before`);
    await assertAxeClean(page, '15 Check DNS now, the live answers shown');
    assert.deepEqual(pageErrors, []);
  },
  { timeout: 600_000 },
);

scenario(
  '15 Check DNS now, fixed since, through a resolver that takes POST only: the next record to publish',
  async (t) => {
    const { relay, server } = await optionsPane();
    const title = await titleOf(FIXED_SINCE, 'dmarc-none');
    relay.queries.length = 0;
    relay.acceptGet = false;
    t.after(() => {
      relay.acceptGet = true;
    });
    const { page, pageErrors } = await openPane(t, { office: outlookWith(emlHeaders(FIXED_SINCE)), server });
    await readVerdict(page);
    const card = findingCard(page, title);
    const { line, code } = await checkAndRead(page, card, relay.endpoint);
    assert.match(line, /\): fixed since\./);
    assert.ok((await card.innerText()).includes('TXT record at _dmarc.fabrikam.com'));
    assert.ok(
      code.includes('v=DMARC1; p=quarantine; rua=mailto:dmarc@fabrikam.com'),
      `the next record is the published one with p=quarantine: ${code.join(' | ')}`,
    );
    assert.ok(relay.queries.length > 0);
    assert.deepEqual([...new Set(relay.queries.map((query) => query.method))], ['POST']);
    assert.deepEqual(pageErrors, []);
  },
  { timeout: 600_000 },
);
