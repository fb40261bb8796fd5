/**
 * Scenario 9: privacy. Every request made by every scenario before this one was recorded; none may leave
 * 127.0.0.1. The one external URL the pane may name — Microsoft's Office.js — never reaches the network
 * either: the test answers it with the fake host (or aborts it, for standalone mode). Runs last.
 */
import assert from 'node:assert/strict';
import { scenario, requestLog } from '../session.mjs';

const ALLOWED = new Set([
  'office.js fulfilled by the fake',
  'office.js aborted by the test',
  'office.js left unanswered by the test (stalled CDN)',
  'office.js fulfilled from @microsoft/office-js',
  'office.js file missing from @microsoft/office-js (answered 404 by the test)',
]);

scenario('9 privacy: across all scenarios, no request leaves localhost', async (t) => {
  const scenarios = new Set(requestLog.map((entry) => entry.scenario));
  assert.ok(scenarios.size >= 8, `requests were recorded for the other scenarios (${scenarios.size} seen)`);
  const external = requestLog.filter((entry) => !entry.local);
  const leaks = external
    .filter((entry) => !ALLOWED.has(entry.disposition))
    .map((entry) => `${entry.scenario}: ${entry.url} (${entry.disposition})`);
  t.diagnostic(
    `${requestLog.length} requests in ${scenarios.size} scenarios; ${external.length} named an external URL, all of ` +
      `them Office.js answered by the test: ${[...new Set(external.map((e) => e.url))].join(', ')}`,
  );
  assert.deepEqual(leaks, [], 'requests that would have left localhost');
  assert.ok(
    external.every((entry) => entry.url.startsWith('https://appsforoffice.microsoft.com/lib/1/hosted/')),
    "the only external URL is Office.js from Microsoft's CDN",
  );
});
