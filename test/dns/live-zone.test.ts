/**
 * The DNS checks against a real authoritative server (knotd on 127.0.0.1, test/dns/zones/example.test.zone)
 * through the CLI's Node resolver. SPF results are compared with mailauth's on the same zone.
 */
import { createSocket } from 'node:dgram';
import { Resolver as NodeDnsResolver } from 'node:dns/promises';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { spf as mailauthSpf } from 'mailauth/lib/spf';
import { createNodeResolver } from '../../src/cli/node-resolver';
import { applyDnsChecks } from '../../src/dns/apply';
import { checkDns } from '../../src/dns/check-dns';
import { checkDkimCname } from '../../src/dns/dkim-cname';
import { checkDkimKey } from '../../src/dns/dkim-key';
import { checkDmarc } from '../../src/dns/dmarc';
import { checkMx } from '../../src/dns/mx';
import { dnsQuestions } from '../../src/dns/questions';
import type { Resolver } from '../../src/dns/resolver';
import { checkHost } from '../../src/dns/spf/check-host';
import { measureLookups } from '../../src/dns/spf/lookup-cost';
import { diagnoseHeaders } from '../../src/rules';
import type { Finding } from '../../src/rules/diagnosis';
import { type KnotServer, freeUdpPort, startKnot } from '../support/knot-server';

let knot: KnotServer;
let resolver: Resolver;

beforeAll(async () => {
  knot = await startKnot();
  resolver = createNodeResolver({ host: '127.0.0.1', port: knot.port });
});
afterAll(() => knot.stop());

async function referenceSpf(ip: string, sender: string): Promise<string> {
  const dns = new NodeDnsResolver({ timeout: 3000, tries: 2 });
  dns.setServers([knot.address]);
  const result = await mailauthSpf({
    ip,
    sender,
    helo: 'mail.example.test',
    mta: 'mx.example.test',
    resolver: (name: string, type: string) => dns.resolve(name, type) as Promise<string[][] | string[]>,
  });
  return result.status.result;
}

describe('SPF check_host on the test zone, with mailauth as the reference', () => {
  const cases: [string, string, string, string][] = [
    ['an address the record lists', '192.0.2.10', 'bob@good.example.test', 'pass'],
    ['an address in an include', '198.51.100.7', 'bob@good.example.test', 'pass'],
    ['an IPv6 address in an include', '2001:db8:5::25', 'bob@good.example.test', 'pass'],
    ['an address the record misses', '203.0.113.5', 'bob@good.example.test', 'fail'],
    ['an 11-lookup chain', '203.0.113.5', 'bob@chain.example.test', 'permerror'],
    ['two SPF records', '192.0.2.10', 'bob@two.example.test', 'permerror'],
    ['three void lookups', '192.0.2.10', 'bob@void.example.test', 'permerror'],
    ['a domain without SPF', '192.0.2.10', 'bob@nodata.example.test', 'none'],
    ['a domain that does not exist', '192.0.2.10', 'bob@nowhere.example.test', 'none'],
    ['a macro naming the IP and the local-part', '203.0.113.5', 'bob@macro.example.test', 'pass'],
    ['the same macro for another local-part', '203.0.113.5', 'eve@macro.example.test', 'fail'],
  ];
  test.each(cases)('%s', async (_name, ip, sender, expected) => {
    const check = await checkHost({ ip, sender, helo: 'mail.example.test' }, resolver);
    expect(check.result).toBe(expected);
    expect(await referenceSpf(ip, sender)).toBe(expected);
  });

  test('the lookup count and the tree of an 11-lookup chain', async () => {
    const check = await checkHost({ ip: '203.0.113.5', sender: 'bob@chain.example.test' }, resolver);
    expect(check.lookups).toBe(11);
    expect(check.detail).toContain('more than 10 DNS lookups');
    expect(check.tree.children.map((child) => child.domain)).toEqual([
      'big.example.test',
      'mid.example.test',
      'small.example.test',
    ]);
  });

  test('the cost of each include, costliest first', async () => {
    const cost = await measureLookups('chain.example.test', resolver);
    expect(cost.total).toBe(11);
    expect(cost.includes.map((include) => [include.domain, include.cost])).toEqual([
      ['big.example.test', 6],
      ['mid.example.test', 3],
      ['small.example.test', 2],
    ]);
    expect(cost.unresolved).toEqual([]);
  });

  test('a void lookup counts, and says where the limit was reached', async () => {
    const check = await checkHost({ ip: '192.0.2.10', sender: 'bob@void.example.test' }, resolver);
    expect(check.voidLookups).toBe(3);
    expect(check.detail).toContain('mx:nodata.example.test');
  });
});

describe('DMARC policy discovery (RFC 9989)', () => {
  test('the domain itself publishes p=reject', async () => {
    const check = await checkDmarc('reject.example.test', resolver);
    expect([check.policyDomain, check.appliedPolicy, check.policySource]).toEqual([
      'reject.example.test',
      'reject',
      'p',
    ]);
  });

  test('np= applies to a subdomain that does not exist', async () => {
    const check = await checkDmarc('ghost.reject.example.test', resolver);
    expect([check.policyDomain, check.appliedPolicy, check.policySource]).toEqual([
      'reject.example.test',
      'reject',
      'np',
    ]);
  });

  test('sp= applies to a subdomain that exists', async () => {
    const check = await checkDmarc('real.reject.example.test', resolver);
    expect([check.appliedPolicy, check.policySource]).toEqual(['quarantine', 'sp']);
  });

  test('t=y applies the next milder policy', async () => {
    const check = await checkDmarc('testing.example.test', resolver);
    expect(check.record?.testing).toBe(true);
    expect(check.appliedPolicy).toBe('none');
  });

  test('pct= is reported as removed, not applied', async () => {
    const check = await checkDmarc('pct.example.test', resolver);
    expect(check.appliedPolicy).toBe('reject');
    expect(check.record?.obsoleteTags).toEqual(['pct']);
  });

  test('psd=y above the domain makes its child the organizational domain', async () => {
    const check = await checkDmarc('a.b.org.psd.example.test', resolver);
    expect(check.policyDomain).toBe('org.psd.example.test');
    expect(check.organizationalDomain).toBe('org.psd.example.test');
    expect(check.queried).toEqual([
      'a.b.org.psd.example.test',
      'b.org.psd.example.test',
      'org.psd.example.test',
      'psd.example.test',
    ]);
  });

  test('a long name jumps to seven labels, then walks up one label at a time', async () => {
    const check = await checkDmarc('l1.l2.l3.l4.l5.l6.l7.l8.reject.example.test', resolver);
    expect(check.queried.slice(0, 3)).toEqual([
      'l1.l2.l3.l4.l5.l6.l7.l8.reject.example.test',
      'l5.l6.l7.l8.reject.example.test',
      'l6.l7.l8.reject.example.test',
    ]);
    expect(check.policyDomain).toBe('reject.example.test');
  });

  test('no record anywhere', async () => {
    const check = await checkDmarc('good.example.test', resolver);
    expect(check.record).toBeNull();
    expect(check.failure).toBeNull();
    expect(check.detail).toContain('no DMARC record');
  });
});

describe('DKIM keys', () => {
  test.each([
    ['good', 'present', 'rsa', 2048, false],
    ['weak', 'present', 'rsa', 1024, false],
    ['testing', 'present', 'rsa', 2048, true],
    ['ed', 'present', 'ed25519', 256, false],
    ['revoked', 'revoked', 'rsa', null, false],
    ['short', 'invalid', 'rsa', 512, false],
    ['missing', 'missing', null, null, false],
  ] as const)('selector %s', async (selector, state, keyType, bits, testing) => {
    const check = await checkDkimKey('dkim.example.test', selector, resolver);
    expect([check.state, check.keyType, check.bits, check.testing]).toEqual([state, keyType, bits, testing]);
  });

  test('a Microsoft 365 selector CNAME, present and missing', async () => {
    const present = await checkDkimCname('m365.example.test', 'selector1', resolver);
    const missing = await checkDkimCname('m365.example.test', 'selector2', resolver);
    expect(present.target).toBe('selector1-m365-example-test._domainkey.contoso.onmicrosoft.com');
    expect(missing.target).toBeNull();
  });
});

describe('MX', () => {
  test.each([
    ['m365.example.test', 'microsoft-365', null],
    ['gateway.example.test', 'gateway', 'mx1.filter.example.net'],
    ['nullmx.example.test', 'none', null],
    ['good.example.test', 'none', null],
  ])('%s', async (domain, routing, gateway) => {
    const check = await checkMx(domain, resolver);
    expect([check.routing, check.gateway]).toEqual([routing, gateway]);
  });
});

describe('resolver failures are typed', () => {
  test('NXDOMAIN, no data, and REFUSED for a zone the server does not serve', async () => {
    expect(await resolver.resolve('nowhere.example.test', 'A')).toMatchObject({
      ok: false,
      failure: 'nxdomain',
    });
    expect(await resolver.resolve('nodata.example.test', 'A')).toMatchObject({
      ok: false,
      failure: 'nodata',
    });
    expect(await resolver.resolve('example.invalid', 'A')).toMatchObject({ ok: false, failure: 'refused' });
  });
});

describe('a server that is not there, or says nothing', () => {
  test('nothing listening on the port: unreachable', async () => {
    const closed = createNodeResolver(
      { host: '127.0.0.1', port: await freeUdpPort() },
      { timeoutMs: 500, tries: 1 },
    );
    expect(await closed.resolve('good.example.test', 'TXT')).toMatchObject({ ok: false, failure: 'offline' });
  });

  test('a socket that never answers: timeout', async () => {
    const silent = createSocket('udp4');
    await new Promise<void>((resolve) => silent.bind(0, '127.0.0.1', resolve));
    try {
      const resolver = createNodeResolver(
        { host: '127.0.0.1', port: silent.address().port },
        { timeoutMs: 200, tries: 1 },
      );
      expect(await resolver.resolve('good.example.test', 'TXT')).toMatchObject({
        ok: false,
        failure: 'timeout',
      });
    } finally {
      silent.close();
    }
  });
});

describe('findings tied to the live answer', () => {
  test('two SPF records: the fix is the one merged record', async () => {
    const questions = {
      spf: { ip: '203.0.113.5', domain: 'two.example.test' },
      fromDomain: null,
      dkim: [],
      arc: [],
      mxDomain: null,
    };
    const facts = await checkDns(questions, resolver);
    const diagnosis = diagnoseHeaders(
      'Authentication-Results: mx.example.test; spf=permerror smtp.mailfrom=bob@two.example.test\n' +
        'Received-SPF: PermError (mx.example.test: two records) client-ip=203.0.113.5; envelope-from=bob@two.example.test\n' +
        'From: bob@two.example.test\n',
    );
    const finding = applyDnsChecks(diagnosis, facts).findings.find((f) => f.id === 'spf-permerror');
    expect(finding?.dns?.state).toBe('confirmed');
    expect(finding?.fixSteps).toEqual([
      {
        text: 'two.example.test publishes 2 SPF records: replace them with this single one:',
        code: {
          kind: 'dns-txt',
          host: 'two.example.test',
          value: 'v=spf1 ip4:192.0.2.10 include:_spf.provider.example.test -all',
        },
      },
    ]);
  });
});

describe("the ARC signers' keys, tied to the ARC findings", () => {
  const rescued = readFileSync(
    join(__dirname, '..', 'fixtures', 'forwarded', 'forwarded-arc-trusted-130.eml'),
    'latin1',
  );
  /** The fixture sealed by the test zone's forwarder, with `extra` sealed on top. */
  const sealedBy = (extra = ''): string =>
    extra + rescued.replaceAll('d=google.com; s=arc-20240605', 'd=forwarder.example.test; s=arc2026');
  const arcFinding = async (headers: string, id = 'arc-rescued'): Promise<Finding> => {
    const diagnosis = diagnoseHeaders(headers);
    const facts = await checkDns(dnsQuestions(diagnosis), resolver);
    const finding = applyDnsChecks(diagnosis, facts).findings.find((f) => f.id === id);
    if (finding === undefined) throw new Error(`no ${id} finding`);
    return finding;
  };

  test('a seal and a message signature with the same key: one question', () => {
    expect(dnsQuestions(diagnoseHeaders(sealedBy())).arc).toEqual([
      { domain: 'forwarder.example.test', selector: 'arc2026' },
    ]);
  });

  test('the sealer publishes its key: confirmed, with its type and length', async () => {
    const finding = await arcFinding(sealedBy());
    expect(finding.dns?.state).toBe('confirmed');
    expect(finding.dns?.detail).toBe(
      'ARC signer forwarder.example.test: arc2026._domainkey.forwarder.example.test: rsa key of 2048 bits: ' +
        "every ARC signer's key is published",
    );
  });

  test('an inner signer whose key is revoked now: contradicts, naming it', async () => {
    const list = [
      'ARC-Seal: i=2; a=rsa-sha256; t=1795428872; cv=pass; d=list.example.test; s=old; b=YQ==',
      'ARC-Message-Signature: i=2; a=rsa-sha256; c=relaxed/relaxed; d=list.example.test; s=lists1; h=from; bh=YQ==; b=Yg==',
      '',
    ].join('\n');
    const finding = await arcFinding(sealedBy(list));
    expect(finding.dns?.state).toBe('contradicts');
    expect(finding.dns?.detail).toContain(
      'ARC signer list.example.test: old._domainkey.list.example.test publishes an empty p=: the key is revoked',
    );
    expect(finding.dns?.detail).toContain(
      'lists1._domainkey.list.example.test: rsa key of 1024 bits (shorter than the recommended 2048)',
    );
    expect(finding.dns?.detail).toContain('Seals by list.example.test cannot verify now');
  });

  test('advice to trust a forwarder that publishes no key: contradicts, the advice cannot help yet', async () => {
    const forwarded = [
      'ARC-Seal: i=1; a=rsa-sha256; t=1763892000; cv=none; d=forwarder.example.test; s=gone; b=Zm9vYmFy',
      'Authentication-Results: spf=softfail (sender IP is 209.85.220.41)',
      ' smtp.mailfrom=contoso.com; dkim=fail (body hash did not verify)',
      ' header.d=contoso.com;dmarc=fail action=quarantine header.from=contoso.com;compauth=fail',
      ' reason=000',
      'From: Contoso News <news@contoso.com>',
      '',
    ].join('\n');
    const finding = await arcFinding(forwarded, 'forwarding');
    expect(finding.fix.join(' ')).toContain("$sealers += 'forwarder.example.test'");
    expect(finding.dns?.state).toBe('contradicts');
    expect(finding.dns?.detail).toBe(
      'ARC signer forwarder.example.test: no DKIM key at gone._domainkey.forwarder.example.test. ' +
        'Seals by forwarder.example.test cannot verify now',
    );
  });

  test('a signer the server cannot answer for: unavailable, never confirmed', async () => {
    // The test server serves no .net zone: it refuses (REFUSED), as a broken resolver path would.
    const finding = await arcFinding(
      rescued.replaceAll('d=google.com; s=arc-20240605', 'd=sealer.example.net; s=arc1'),
    );
    expect(finding.dns?.state).toBe('unavailable');
    expect(finding.dns?.detail).toContain(`${knot.address} refused to answer TXT`);
  });
});
