import type { FixStep } from '../../src/rules/diagnosis';
import type { FindingId } from '../../src/rules/diagnosis';
import { diagnoseHeaders, exoBlock, expectFinding, ids } from './helpers';

/** An Exchange Online block whose SPF/DKIM/DMARC are the given results and compauth the given verdict. */
function block(spf: string, dkim: string, dmarc: string, compauth: string, domain = 'contoso.com'): string {
  return exoBlock({
    authResults:
      `spf=${spf} (sender IP is 203.0.113.20)\n smtp.mailfrom=${domain}; dkim=${dkim} (signature was verified)\n` +
      ` header.d=${domain};dmarc=${dmarc} action=none header.from=${domain};${compauth}`,
    from: `Sender <news@${domain}>`,
  });
}

describe('compauth reason codes', () => {
  it('000 → compauth-explicit-failure (sender-admin)', () => {
    const raw = block('fail', 'fail', 'fail', 'compauth=fail\n reason=000');
    const d = diagnoseHeaders(raw);
    expectFinding(raw, d, 'compauth-explicit-failure', {
      severity: 'error',
      owner: 'sender-admin',
      fixContains: [
        'add `ip4:203.0.113.20` before the final `all`',
        'Turn on DKIM signing with d=contoso.com',
        'ARC',
      ],
      evidenceOn: ['compauth=fail'],
    });
  });

  it('001 with weak records → compauth-implicit-failure', () => {
    const raw = block('softfail', 'none', 'none', 'compauth=fail reason=001', 'adatum.com');
    const d = diagnoseHeaders(raw);
    expectFinding(raw, d, 'compauth-implicit-failure', {
      severity: 'error',
      owner: 'sender-admin',
      fixContains: [
        'add `ip4:203.0.113.20` before the final `all` of adatum.com',
        '_dmarc.adatum.com',
        '-all',
      ],
      evidenceOn: ['compauth=fail reason=001'],
    });
    expect(ids(d)).not.toContain('spoof-intelligence');
  });

  it('001 with SPF, DKIM and DMARC all passing → spoof-intelligence with the Tenant Allow/Block List line', () => {
    const raw = block('pass', 'pass', 'pass', 'compauth=fail reason=001', 'wingtiptoys.com');
    const d = diagnoseHeaders(raw);
    expectFinding(raw, d, 'spoof-intelligence', {
      severity: 'error',
      owner: 'recipient-admin',
      fixContains: [
        "New-TenantAllowBlockListSpoofItems -Identity Default -Action Allow -SendingInfrastructure 'wingtiptoys.com' -SpoofedUser 'wingtiptoys.com' -SpoofType External",
      ],
      evidenceOn: ['compauth=fail reason=001'],
    });
    expect(ids(d)).not.toContain('compauth-implicit-failure');
    expect(ids(d)).not.toContain('authenticated');
  });

  it('6xx → compauth-implicit-failure', () => {
    const raw = block('softfail', 'none', 'none', 'compauth=fail reason=650');
    expect(ids(diagnoseHeaders(raw))).toContain('compauth-implicit-failure');
  });

  it('002 → tenant-blocked (recipient-admin)', () => {
    const raw = block('pass', 'pass', 'pass', 'compauth=fail reason=002', 'fabrikam.com');
    const d = diagnoseHeaders(raw);
    expectFinding(raw, d, 'tenant-blocked', {
      severity: 'error',
      owner: 'recipient-admin',
      fixContains: [
        'Get-TenantAllowBlockListSpoofItems',
        'fabrikam.com',
        'Remove-TenantAllowBlockListSpoofItems',
      ],
      evidenceOn: ['compauth=fail reason=002'],
    });
  });

  it.each(['010', '601'])('%s → intra-org-spoof (recipient-admin)', (reason) => {
    const raw = block('fail', 'none', 'fail', `compauth=fail reason=${reason}`);
    const d = diagnoseHeaders(raw);
    expectFinding(raw, d, 'intra-org-spoof', {
      severity: 'error',
      owner: 'recipient-admin',
      fixContains: ['ip4:203.0.113.20', 'd=contoso.com', '-SpoofType Internal'],
      evidenceOn: [`compauth=fail reason=${reason}`],
    });
  });

  it.each(['201', '202', '250'])('%s → softpass (warning)', (reason) => {
    const raw = block('none', 'none', 'none', `compauth=softpass reason=${reason}`);
    const d = diagnoseHeaders(raw);
    expectFinding(raw, d, 'softpass', {
      severity: 'warning',
      owner: 'sender-admin',
      fixContains: ['contoso.com'],
      evidenceOn: [`compauth=softpass reason=${reason}`],
    });
  });

  it.each([
    ['109', '_dmarc.contoso.com'],
    // The record step is given once per owner, under dmarc-bestguesspass (ranked first).
    ['111', '_dmarc.contoso.com'],
    ['112', 'TXT queries for _dmarc.contoso.com'],
    ['701', '_dmarc.contoso.com'],
  ])('%s → implicit-pass (warning)', (reason, fix) => {
    const raw = block('pass', 'none', 'bestguesspass', `compauth=pass reason=${reason}`);
    const d = diagnoseHeaders(raw);
    expectFinding(raw, d, 'implicit-pass', {
      severity: 'warning',
      owner: 'sender-admin',
      fixContains: [fix],
      evidenceOn: [`compauth=pass reason=${reason}`],
    });
    expect(d.verdict).toBe('attention');
  });

  it('130 → arc-rescued (info, nobody)', () => {
    const raw = [
      'ARC-Seal: i=1; a=rsa-sha256; t=1763892000; cv=none; d=google.com; s=arc-20240605; b=Zm9v',
      'Authentication-Results: spf=fail (sender IP is 209.85.220.41)',
      ' smtp.mailfrom=contoso.com; dkim=fail (body hash did not verify)',
      ' header.d=contoso.com;dmarc=fail action=none header.from=contoso.com;compauth=pass',
      ' reason=130',
      'From: news@contoso.com',
      '',
    ].join('\n');
    const d = diagnoseHeaders(raw);
    const f = expectFinding(raw, d, 'arc-rescued', {
      severity: 'info',
      owner: 'none',
      fixContains: ['No action needed'],
      evidenceOn: ['compauth=pass'],
    });
    expect(f.explanation).toContain('google.com');
    // What the forwarder broke is explained and already handled by the trusted ARC seal.
    for (const handled of [
      'forwarding',
      'dkim-body-hash',
      'spf-fail',
      'gateway-modified',
      'dmarc-alignment',
    ]) {
      expect(ids(d)).not.toContain(handled);
    }
    expect(d.verdict).toBe('pass');
  });

  it.each(['301', '405', '905'])('%s → compauth-bypassed (info)', (reason) => {
    const raw = block('pass', 'pass', 'pass', `compauth=none reason=${reason}`);
    const d = diagnoseHeaders(raw);
    expectFinding(raw, d, 'compauth-bypassed', {
      severity: 'info',
      owner: 'recipient-admin',
      fixContains: ['Enhanced Filtering for Connectors'],
      evidenceOn: [`compauth=none reason=${reason}`],
    });
  });

  it.each<[string, string, FindingId]>([
    ['604', 'fail', 'compauth-implicit-failure'],
    ['605', 'fail', 'compauth-implicit-failure'],
    ['703', 'pass', 'implicit-pass'],
  ])('%s → undocumented-reason plus its family finding', (reason, result, family) => {
    const raw = block('softfail', 'none', 'none', `compauth=${result} reason=${reason}`);
    const d = diagnoseHeaders(raw);
    const f = expectFinding(raw, d, 'undocumented-reason', {
      severity: 'info',
      owner: 'none',
      fixContains: [family],
      evidenceOn: [`compauth=${result} reason=${reason}`],
    });
    expect(f.explanation).toContain('not document');
    expect(ids(d)).toContain(family);
    expect(d.auth.compauth?.documented).toBe(false);
  });

  it('a code with no family in the table (850) is undocumented and judged by its result', () => {
    const raw = block('pass', 'pass', 'pass', 'compauth=pass reason=850');
    const d = diagnoseHeaders(raw);
    expect(ids(d)).toContain('undocumented-reason');
    expect(d.auth.compauth).toMatchObject({ reason: '850', documented: false });
  });

  it('a reason that is not three digits is unreadable: reason null, undocumented-reason, judged by the result', () => {
    const raw = block('fail', 'fail', 'fail', 'compauth=fail reason=#000');
    const d = diagnoseHeaders(raw);
    expect(d.auth.compauth).toMatchObject({ result: 'fail', reason: null, documented: false });
    expect(d.auth.compauth?.meaning).toContain('#000');
    expect(ids(d)).toEqual(expect.arrayContaining(['undocumented-reason', 'compauth-implicit-failure']));
  });

  it('documented 1xx passes raise no compauth finding', () => {
    const d = diagnoseHeaders(block('pass', 'pass', 'pass', 'compauth=pass reason=100'));
    expect(ids(d)).toEqual(['authenticated']);
  });
});

describe('compauth failures name what the customer can change', () => {
  it("implicit failure through an email service: SPF is published for the From domain, not the service's bounce domain", () => {
    const raw = exoBlock({
      authResults:
        'spf=pass (sender IP is 198.51.100.140)\n smtp.mailfrom=bounces.elasticemail.net; dkim=pass (signature was verified)\n header.d=elasticemail.net;dmarc=none action=none header.from=contoso.com;compauth=fail\n reason=001',
      from: 'Contoso <news@contoso.com>',
    });
    const f = diagnoseHeaders(raw).findings.find((x) => x.id === 'compauth-implicit-failure');
    // Every step is about the From domain (its DMARC record, DKIM signing as contoso.com); SPF passed for the
    // service's bounce domain, which the customer cannot edit, so no step names it.
    const named = f?.fixSteps.map((s) => `${s.text} ${s.code?.host ?? ''} ${s.code?.value ?? ''}`) ?? [];
    expect(named.some((s) => s.includes('contoso.com'))).toBe(true);
    expect(named.some((s) => s.includes('elasticemail'))).toBe(false);
    expect(f?.explanation).toContain('contoso.com');
    expect(f?.explanation).not.toContain('elasticemail');
  });

  it('explicit failure with SPF passing (unaligned) does not ask to fix SPF', () => {
    const raw = exoBlock({
      authResults:
        'spf=pass (sender IP is 198.51.100.140)\n smtp.mailfrom=bounces.esp.example; dkim=none (message not signed)\n header.d=none;dmarc=fail action=quarantine header.from=contoso.com;compauth=fail\n reason=000',
      from: 'Contoso <news@contoso.com>',
    });
    const f = diagnoseHeaders(raw).findings.find((x) => x.id === 'compauth-explicit-failure');
    expect(f).toBeDefined();
    const spfCode = (s: FixStep): boolean => /^(v=spf1|ip[46]:|include:)/.test(s.code?.value ?? '');
    expect(f?.fixSteps.some(spfCode)).toBe(false);
    // With SPF failing, the sender's plan (one per owner, each step once) carries the mechanism to merge.
    const failing = diagnoseHeaders(raw.replace('spf=pass', 'spf=fail'));
    const spfStep = failing.findings.flatMap((x) => x.fixSteps).find(spfCode);
    expect(spfStep?.code?.value).toBe('ip4:198.51.100.140');
  });
});
