/**
 * `--dns` / `--dns-server`: the CLI looks DNS up only when asked, on the server it is given, here a real
 * knotd on 127.0.0.1 serving the fixture domains (test/dns/zones).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from '../../src/cli/args';
import { run } from '../../src/cli/run';
import type { Diagnosis } from '../../src/rules/diagnosis';
import { schemaProblems } from '../robustness/diagnosis-schema';
import { type KnotServer, freeUdpPort, startKnot } from '../support/knot-server';
import { fakeIo } from './fake-io';

const FIXTURES = join(__dirname, '..', 'fixtures', 'exchange-online');
const fixture = (name: string): Buffer => readFileSync(join(FIXTURES, name));
/** The text report wraps prose: compare with line breaks and indentation folded to one space. */
const unwrapped = (text: string): string => text.replace(/\s+/g, ' ');

let knot: KnotServer;
beforeAll(async () => {
  knot = await startKnot();
});
afterAll(() => knot.stop());

describe('arguments', () => {
  test('--dns-server implies --dns and keeps its port', () => {
    expect(parseArgs(['--dns-server', '127.0.0.1:5353', 'a.eml'])).toMatchObject({
      kind: 'run',
      dns: { server: { host: '127.0.0.1', port: 5353 } },
    });
    expect(parseArgs(['--dns', 'a.eml'])).toMatchObject({ dns: { server: null } });
    expect(parseArgs(['a.eml'])).toMatchObject({ dns: null });
  });

  test.each([
    [['--dns-server'], '--dns-server needs a value: HOST or HOST:PORT'],
    [['--dns-server=127.0.0.1:http'], '"127.0.0.1:http" is not HOST, HOST:PORT or [IPv6]:PORT'],
  ])('%p is a usage error', async (argv, message) => {
    const io = fakeIo();
    expect(await run(argv, io)).toBe(2);
    expect(io.err()).toBe(`auth-doctor: ${message}\n`);
  });
});

describe('without --dns nothing is looked up', () => {
  test('no resolver is opened', async () => {
    const io = fakeIo({ 'm.eml': fixture('spf-permerror.eml') });
    const opened = jest.spyOn(io, 'openResolver');
    expect(await run(['m.eml'], io)).toBe(0);
    expect(opened).not.toHaveBeenCalled();
    expect(io.out()).not.toContain('DNS now');
  });
});

describe('with --dns-server on the test DNS server', () => {
  test('an SPF permerror that DNS still shows: 11 lookups, the costliest includes named', async () => {
    const io = fakeIo({ 'm.eml': fixture('spf-permerror.eml') });
    expect(await run(['--dns-server', knot.address, 'm.eml'], io)).toBe(0);
    const out = unwrapped(io.out());
    expect(out).toContain(`DNS now (${knot.address}, `);
    expect(out).toContain('litware.com for 203.0.113.150: permerror (more than 10 DNS lookups');
    expect(out).toContain(
      'litware.com needs 11 DNS lookups (the limit is 10); costliest: include:_spf.crm.litware.com (5)',
    );
  });

  test('with --recipient, the MX of the reader domain: a gateway in front of Microsoft 365', async () => {
    const io = fakeIo({ 'm.eml': fixture('dkim-fail-only.eml') });
    const argv = ['--dns-server', knot.address, '--recipient', 'megan@gateway.example.test', 'm.eml'];
    expect(await run(argv, io)).toBe(0);
    expect(unwrapped(io.out())).toContain(
      'MX gateway.example.test receives mail at mx1.filter.example.net first: a gateway in front of Microsoft 365',
    );
  });

  test('the JSON output with DNS checks still meets the Diagnosis schema', async () => {
    const io = fakeIo({ 'm.eml': fixture('dkim-fail-only.eml') });
    expect(await run(['--dns-server', knot.address, '--json', 'm.eml'], io)).toBe(0);
    const diagnosis = JSON.parse(io.out()) as Diagnosis;
    expect(schemaProblems(diagnosis)).toEqual([]);
    expect(diagnosis.findings.find((finding) => finding.id === 'dkim-fail')?.dns?.resolver).toBe(
      knot.address,
    );
  });

  test('a server that does not answer for the domain gives a specific message, not a crash', async () => {
    const io = fakeIo({ 'm.eml': fixture('bypassed-4xx.eml') });
    expect(await run(['--dns-server', knot.address, 'm.eml'], io)).toBe(0);
    expect(unwrapped(io.out())).toContain(
      `${knot.address} refused to answer TXT partner.example.org (REFUSED)`,
    );
  });
});

describe('the findings say what DNS shows now, and the fix edits the published record', () => {
  async function findingsOf(name: string): Promise<Diagnosis['findings']> {
    const io = fakeIo({ 'm.eml': fixture(name) });
    expect(await run(['--dns-server', knot.address, '--json', 'm.eml'], io)).toBe(0);
    return (JSON.parse(io.out()) as Diagnosis).findings;
  }
  const byId = (findings: Diagnosis['findings'], id: string): Diagnosis['findings'][number] => {
    const finding = findings.find((f) => f.id === id);
    if (finding === undefined) throw new Error(`no ${id} finding`);
    return finding;
  };

  test('spf-permerror confirmed: the lookups to remove and the includes that cost most', async () => {
    const finding = byId(await findingsOf('spf-permerror.eml'), 'spf-permerror');
    expect(finding.dns).toMatchObject({ resolver: knot.address, state: 'confirmed' });
    expect(finding.fix).toEqual([
      'litware.com needs 11 DNS lookups; the limit is 10: remove at least 1.',
      'Flatten the costliest first: include:_spf.crm.litware.com (5 lookups), include:_spf.mail.litware.com (4 lookups), include:_spf.web.litware.com (2 lookups). Replace an include you control by the ip4:/ip6: ranges it lists; drop includes of services you no longer use.',
    ]);
  });

  test('spf-fail confirmed: the published record with the one mechanism added', async () => {
    const findings = await findingsOf('implicit-pass-701.eml');
    const finding = byId(findings, 'spf-fail');
    expect(finding.dns?.state).toBe('confirmed');
    expect(finding.fixSteps[0].code).toEqual({
      kind: 'dns-txt',
      host: 'adatum.com',
      value: 'v=spf1 ip4:192.0.2.0/24 ip4:203.0.113.61 ~all',
    });
  });

  test('spf-fail fixed since: the record lists the IP now, so no DNS change is prescribed', async () => {
    const finding = byId(await findingsOf('spf-fail-only-dmarc-pass.eml'), 'spf-fail');
    expect(finding.dns?.state).toBe('fixed-since');
    expect(finding.fixSteps).toEqual([
      { text: 'Nothing to change in DNS: fabrikam.com authorises 203.0.113.99 now.' },
    ]);
  });

  test('dkim-fail confirmed: the selector has no key', async () => {
    const finding = byId(await findingsOf('dkim-fail-only.eml'), 'dkim-fail');
    expect(finding.dns?.state).toBe('confirmed');
    expect(finding.dns?.detail).toContain('no DKIM key at wwi2025._domainkey.wideworldimporters.com');
  });

  test('dmarc-none confirmed: still no record, so the first record to publish stays', async () => {
    const finding = byId(await findingsOf('dmarc-none-702.eml'), 'dmarc-none');
    expect(finding.dns?.state).toBe('confirmed');
    expect(finding.fixSteps[0].code?.host).toBe('_dmarc.lamnahealthcare.com');
  });

  test('dmarc-none fixed since: the record to publish next is the published one, one step stricter', async () => {
    const finding = byId(await findingsOf('not-checked-3xx.eml'), 'dmarc-none');
    expect(finding.dns?.state).toBe('fixed-since');
    expect(finding.fixSteps[0].code).toEqual({
      kind: 'dns-txt',
      host: '_dmarc.fabrikam.com',
      value: 'v=DMARC1; p=quarantine; rua=mailto:dmarc@fabrikam.com',
    });
  });

  test('no DNS server there: every DNS finding is unavailable and keeps its offline fix', async () => {
    const io = fakeIo({ 'm.eml': fixture('dmarc-none-702.eml') });
    const offline = fakeIo({ 'm.eml': fixture('dmarc-none-702.eml') });
    expect(await run(['--json', 'm.eml'], offline)).toBe(0);
    expect(await run(['--dns-server', `127.0.0.1:${await freeUdpPort()}`, '--json', 'm.eml'], io)).toBe(0);
    const findings = (JSON.parse(io.out()) as Diagnosis).findings;
    const before = (JSON.parse(offline.out()) as Diagnosis).findings;
    const checked = findings.filter((finding) => finding.dns !== undefined);
    expect(checked.map((finding) => finding.id)).toEqual(expect.arrayContaining(['spf-fail', 'dmarc-none']));
    for (const finding of checked) {
      expect(finding.dns?.state).toBe('unavailable');
      expect(finding.dns?.detail).toContain('could not be reached');
      expect(finding.fixSteps).toEqual(before.find((f) => f.id === finding.id)?.fixSteps);
    }
  });

  test('findings unrelated to DNS are left as they are', async () => {
    const findings = await findingsOf('implicit-pass-701.eml');
    expect(byId(findings, 'implicit-pass').dns).toBeUndefined();
  });
});
