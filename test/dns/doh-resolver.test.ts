/** The pane's DNS-over-HTTPS resolver, through a local DoH relay in front of knotd on 127.0.0.1. */
import { createDohResolver, base64Url, type DohHost } from '../../src/dns/doh-resolver';
import { checkHost } from '../../src/dns/spf/check-host';
import { checkDkimKey } from '../../src/dns/dkim-key';
import { queryName } from '../support/http-fetch';
import { type DohProxy, startDohProxy } from '../support/doh-proxy';
import { type KnotServer, startKnot } from '../support/knot-server';

let knot: KnotServer;
let proxy: DohProxy;

beforeAll(async () => {
  knot = await startKnot();
  proxy = await startDohProxy(knot.port);
});
afterAll(async () => {
  await proxy.close();
  await knot.stop();
});
beforeEach(() => {
  proxy.queries.length = 0;
  proxy.acceptGet = true;
});

function nodeHost(overrides: Partial<DohHost> = {}): DohHost {
  return {
    fetch: (url, init) => fetch(url, init),
    delay: (ms) => new Promise((resolve) => setTimeout(resolve, ms).unref()),
    isOnline: () => true,
    ...overrides,
  };
}

test('answers, NXDOMAIN and no data come back typed', async () => {
  const resolver = createDohResolver(proxy.endpoint, nodeHost());
  expect(await resolver.resolve('good.example.test', 'TXT')).toEqual({
    ok: true,
    records: ['v=spf1 ip4:192.0.2.10 include:_spf.provider.example.test -all'],
  });
  expect(await resolver.resolve('gateway.example.test', 'MX')).toEqual({
    ok: true,
    records: [
      { priority: 10, exchange: 'mx1.filter.example.net' },
      { priority: 20, exchange: 'gateway-example-test.mail.protection.outlook.com' },
    ],
  });
  expect(await resolver.resolve('nowhere.example.test', 'A')).toMatchObject({
    ok: false,
    failure: 'nxdomain',
  });
  expect(await resolver.resolve('nodata.example.test', 'AAAA')).toMatchObject({
    ok: false,
    failure: 'nodata',
  });
  expect(await resolver.resolve('example.invalid', 'A')).toMatchObject({ ok: false, failure: 'refused' });
});

test('the same SPF and DKIM results as the Node resolver gives', async () => {
  const resolver = createDohResolver(proxy.endpoint, nodeHost());
  const chain = await checkHost({ ip: '203.0.113.5', sender: 'bob@chain.example.test' }, resolver);
  expect([chain.result, chain.lookups]).toEqual(['permerror', 11]);
  const key = await checkDkimKey('dkim.example.test', 'weak', resolver);
  expect([key.state, key.bits]).toEqual(['present', 1024]);
});

test('queries carry the name and type only, with ID 0 (RFC 8484 §4.1)', async () => {
  const resolver = createDohResolver(proxy.endpoint, nodeHost());
  await resolver.resolve('good.example.test', 'TXT');
  const [{ method, wire: query }] = proxy.queries;
  expect(method).toBe('GET');
  expect(query[0] | query[1]).toBe(0);
  expect(Buffer.from(query.subarray(12)).toString('latin1')).toBe(
    '\x04good\x07example\x04test\x00\x00\x10\x00\x01',
  );
});

test('a request the browser refuses is "blocked"; with no network, "offline"', async () => {
  const refused = (): Promise<never> => Promise.reject(new TypeError('Failed to fetch'));
  const online = createDohResolver(proxy.endpoint, nodeHost({ fetch: refused }));
  const offline = createDohResolver(proxy.endpoint, nodeHost({ fetch: refused, isOnline: () => false }));
  expect(await online.resolve('good.example.test', 'TXT')).toMatchObject({ ok: false, failure: 'blocked' });
  expect(await offline.resolve('good.example.test', 'TXT')).toMatchObject({ ok: false, failure: 'offline' });
});

test('no answer in time is a timeout; an HTTP error is a server failure', async () => {
  const silent = createDohResolver(
    proxy.endpoint,
    nodeHost({ fetch: () => new Promise(() => undefined) }),
    50,
  );
  expect(await silent.resolve('good.example.test', 'TXT')).toMatchObject({ ok: false, failure: 'timeout' });
  const broken = createDohResolver(`${proxy.endpoint.replace('/dns-query', '/other')}`, nodeHost());
  expect(await broken.resolve('good.example.test', 'TXT')).toMatchObject({
    ok: false,
    failure: 'refused',
    detail: 'HTTP 404',
  });
});

describe('a server that refuses GET (405) is asked by POST', () => {
  test('the same answers, the query as the body, and POST from then on', async () => {
    proxy.acceptGet = false;
    const resolver = createDohResolver(proxy.endpoint, nodeHost());
    expect(await resolver.resolve('good.example.test', 'TXT')).toEqual({
      ok: true,
      records: ['v=spf1 ip4:192.0.2.10 include:_spf.provider.example.test -all'],
    });
    expect(await resolver.resolve('nowhere.example.test', 'A')).toMatchObject({
      ok: false,
      failure: 'nxdomain',
    });
    const key = await checkDkimKey('dkim.example.test', 'weak', resolver);
    expect([key.state, key.bits]).toEqual(['present', 1024]);
    // Only POSTs reached the relay (the refused GET is not a query it relayed), one per lookup.
    expect(proxy.queries.map((query) => [query.method, queryName(query.wire)])).toEqual([
      ['POST', 'good.example.test'],
      ['POST', 'nowhere.example.test'],
      ['POST', 'weak._domainkey.dkim.example.test'],
    ]);
  });

  test('the GET was tried once, then never again', async () => {
    proxy.acceptGet = false;
    const methods: string[] = [];
    const resolver = createDohResolver(
      proxy.endpoint,
      nodeHost({
        fetch: (url, init) => {
          methods.push(init.method);
          return fetch(url, init);
        },
      }),
    );
    await resolver.resolve('good.example.test', 'TXT');
    await resolver.resolve('good.example.test', 'A');
    expect(methods).toEqual(['GET', 'POST', 'POST']);
  });
});

test('base64url has no padding', () => {
  expect(base64Url(Uint8Array.from([0xfb, 0xff]))).toBe('-_8');
  expect(base64Url(Uint8Array.from([1, 2, 3]))).toBe('AQID');
});
