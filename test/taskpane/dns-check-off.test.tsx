/** @jest-environment jsdom */
/**
 * A pane built with DNS_RESOLVER=off (the default): no "Check DNS now", and no request, even with a DNS
 * server reachable on 127.0.0.1 and fetch available.
 */
import './pane-test-setup';
import { screen } from '@testing-library/react';
import { type DohProxy, startDohProxy } from '../support/doh-proxy';
import { loopbackFetch } from '../support/http-fetch';
import { type KnotServer, startKnot } from '../support/knot-server';
import { FakeMailboxHost, ok } from './fake-host';
import { fixture, renderWithHost } from './helpers';

let knot: KnotServer;
let proxy: DohProxy;

beforeAll(async () => {
  knot = await startKnot();
  proxy = await startDohProxy(knot.port);
  Object.defineProperty(globalThis, 'fetch', { value: loopbackFetch, configurable: true });
});
afterAll(async () => {
  await proxy.close();
  await knot.stop();
});

test('no button, no request', async () => {
  expect(process.env.DNS_RESOLVER_URL).toBeUndefined();
  const host = new FakeMailboxHost();
  host.responses.set('item-1', ok(fixture('exchange-online/spf-permerror.eml')));
  renderWithHost(host);
  await screen.findByRole('heading', { name: /^Verdict/ });
  await new Promise((resolve) => setTimeout(resolve, 200));
  expect(screen.queryByRole('button', { name: 'Check DNS now' })).toBeNull();
  expect(screen.queryByText(/What DNS says now/)).toBeNull();
  expect(proxy.queries).toHaveLength(0);
});
