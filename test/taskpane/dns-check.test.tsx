/** @jest-environment jsdom */
/**
 * "Check DNS now" in a pane built with a resolver: nothing is sent before the click, only the message's
 * domain names after it. DNS is real: a DoH relay on 127.0.0.1 in front of knotd serving the fixture
 * domains. (Built "off": dns-check-off.test.tsx.)
 */
import './dns-env-setup';
import './pane-test-setup';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { type DohProxy, startDohProxy } from '../support/doh-proxy';
import { loopbackFetch, queryName } from '../support/http-fetch';
import { type KnotServer, startKnot } from '../support/knot-server';
import { FakeMailboxHost, ok } from './fake-host';
import { fixture, renderWithHost } from './helpers';

let knot: KnotServer;
let proxy: DohProxy;

beforeAll(async () => {
  knot = await startKnot();
  proxy = await startDohProxy(knot.port);
  Object.defineProperty(globalThis, 'fetch', { value: loopbackFetch, configurable: true });
  process.env.DNS_RESOLVER_URL = proxy.endpoint;
});
afterAll(async () => {
  await proxy.close();
  await knot.stop();
});
beforeEach(() => {
  proxy.queries.length = 0;
});

async function showFixture(name: string): Promise<void> {
  const host = new FakeMailboxHost();
  host.responses.set('item-1', ok(fixture(name)));
  renderWithHost(host);
  await screen.findByRole('heading', { name: /^Verdict/ });
}

test('names the resolver and the names sent; looks up nothing before the click', async () => {
  await showFixture('exchange-online/spf-permerror.eml');
  const host = new URL(proxy.endpoint).host;
  expect(
    await screen.findByText(new RegExp(`Asks ${host} for litware\\.com, _dmarc\\.litware\\.com`)),
  ).toBeTruthy();
  expect(screen.getByText(/Only domain names are sent, never the message/)).toBeTruthy();
  await new Promise((resolve) => setTimeout(resolve, 200));
  expect(proxy.queries).toHaveLength(0);

  await userEvent.click(screen.getByRole('button', { name: 'Check DNS now' }));
  const status = await screen.findByText(/litware\.com for 203\.0\.113\.150: permerror/, undefined, {
    timeout: 10_000,
  });
  expect(status.closest('[role="status"]')).not.toBeNull();
  expect(screen.getByText(/litware\.com needs 11 DNS lookups \(the limit is 10\)/)).toBeTruthy();
  // The finding itself now says what DNS shows, and its fix names the includes to flatten.
  expect(
    screen.getByText(
      new RegExp(`^DNS now \\(${proxy.endpoint.replace(/[.?/]/g, '\\$&')}, .*\\): confirmed\\.`),
    ),
  ).toBeTruthy();
  expect(
    screen.getByText(/Flatten the costliest first: include:_spf\.crm\.litware\.com \(5 lookups\)/),
  ).toBeTruthy();
  const sent = proxy.queries.map((query) => queryName(query.wire));
  expect(sent.length).toBeGreaterThan(0);
  // The DMARC tree walk also asks for the parent, _dmarc.com.
  for (const name of sent) expect(name).toMatch(/(^|\.)litware\.com$|^_dmarc\.com$/);
});
