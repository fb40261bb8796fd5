/**
 * `--dns` / `--dns-server`: the CLI looks DNS up only when asked, on the server it is given, here a real
 * knotd on 127.0.0.1 serving the fixture domains (test/dns/zones).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from '../../src/cli/args';
import { run } from '../../src/cli/run';
import type { DnsFacts } from '../../src/dns/check-dns';
import { type KnotServer, startKnot } from '../support/knot-server';
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

  test('a DKIM failure whose selector has no key', async () => {
    const io = fakeIo({ 'm.eml': fixture('dkim-fail-only.eml') });
    expect(await run(['--dns-server', knot.address, '--json', 'm.eml'], io)).toBe(0);
    const facts = (JSON.parse(io.out()) as { dnsCheck: DnsFacts }).dnsCheck;
    expect(facts.resolver).toBe(knot.address);
    expect(facts.dkim.map((key) => [key.name, key.state])).toEqual([
      ['wwi2025._domainkey.wideworldimporters.com', 'missing'],
    ]);
    expect(facts.spf?.check.result).toBe('pass');
    expect(facts.dmarc?.appliedPolicy).toBe('reject');
  });

  test('a server that does not answer for the domain gives a specific message, not a crash', async () => {
    const io = fakeIo({ 'm.eml': fixture('bypassed-4xx.eml') });
    expect(await run(['--dns-server', knot.address, 'm.eml'], io)).toBe(0);
    expect(unwrapped(io.out())).toContain(
      `${knot.address} refused to answer TXT partner.example.org (REFUSED)`,
    );
  });
});
