import { diagnoseHeaders, exoBlock, expectFinding, ids } from './helpers';

describe('SPF findings', () => {
  it('spf-none: no SPF record for the envelope domain (DKIM carries DMARC, so a warning)', () => {
    const raw = exoBlock({
      authResults:
        'spf=none (sender IP is 203.0.113.20)\n smtp.mailfrom=fabrikam.com; contoso.com; dkim=pass\n (signature was verified) header.d=fabrikam.com;\n contoso.com; dmarc=pass action=none\n header.from=fabrikam.com; compauth=pass reason=101',
      from: 'Chris <chris@fabrikam.com>',
    });
    const d = diagnoseHeaders(raw);
    expectFinding(raw, d, 'spf-none', {
      severity: 'warning',
      owner: 'sender-admin',
      fixContains: [
        'add `ip4:203.0.113.20` only if that address is one of them',
        'fabrikam.com TXT "v=spf1 <your senders> ~all"',
      ],
      evidenceOn: ['spf=none (sender IP is 203.0.113.20)'],
    });
    expect(d.verdict).toBe('attention');
  });

  it('spf-fail: softfail, not forwarded, fix adds the CIP to the SPF record of the real domain', () => {
    const raw = exoBlock({
      authResults:
        'spf=softfail (sender IP is 198.51.100.23)\n smtp.mailfrom=contoso.com; dkim=none (message not signed)\n header.d=none;dmarc=fail action=none header.from=contoso.com;compauth=fail\n reason=001',
      from: 'Contoso Payroll <payroll@contoso.com>',
      connecting: 'crm.contoso.com (198.51.100.23)',
      forefront:
        'CIP:198.51.100.23;CTRY:US;LANG:en;SCL:5;SRV:;IPV:NLI;SFV:SPM;H:crm.contoso.com;PTR:crm.contoso.com;CAT:SPM;DIR:INB;',
    });
    const d = diagnoseHeaders(raw);
    const f = expectFinding(raw, d, 'spf-fail', {
      severity: 'error',
      owner: 'sender-admin',
      fixContains: [
        'If 198.51.100.23 (crm.contoso.com) is a server or service contoso.com uses, add `ip4:198.51.100.23` before the final `all`',
        'if not, leave the record as it is',
      ],
      evidenceOn: ['spf=softfail (sender IP is 198.51.100.23)'],
    });
    expect(f.explanation).toContain('198.51.100.23');
    expect(f.explanation).toContain('~all');
    expect(ids(d)).not.toContain('forwarding');
  });

  it('spf-fail: hard fail with an IPv6 sender uses ip6:', () => {
    const raw = exoBlock({
      authResults:
        'spf=fail (sender IP is 2001:db8:4a::25)\n smtp.mailfrom=contoso.com; dkim=pass (signature was verified)\n header.d=contoso.com;dmarc=pass action=none header.from=contoso.com;compauth=pass\n reason=101',
      from: 'Contoso <it@contoso.com>',
    });
    const d = diagnoseHeaders(raw);
    expectFinding(raw, d, 'spf-fail', {
      severity: 'warning',
      owner: 'sender-admin',
      fixContains: ['ip6:2001:db8:4a::25'],
      evidenceOn: ['spf=fail (sender IP is 2001:db8:4a::25)'],
    });
  });

  it('spf-permerror: too many lookups or several records', () => {
    const raw = exoBlock({
      authResults:
        'spf=permerror (sender IP is 203.0.113.9)\n smtp.mailfrom=adatum.com; dkim=none (message not signed)\n header.d=none;dmarc=fail action=none header.from=adatum.com;compauth=fail reason=001',
      from: 'Adatum <info@adatum.com>',
    });
    const d = diagnoseHeaders(raw);
    expectFinding(raw, d, 'spf-permerror', {
      severity: 'error',
      owner: 'sender-admin',
      fixContains: ['adatum.com', '10'],
      evidenceOn: ['spf=permerror'],
    });
  });

  it('spf-temperror: DNS timeout, TTL advice', () => {
    const raw = exoBlock({
      authResults:
        'spf=temperror (sender IP is 203.0.113.9)\n smtp.mailfrom=adatum.com; dkim=pass (signature was verified)\n header.d=adatum.com;dmarc=pass action=none header.from=adatum.com;compauth=pass reason=101',
      from: 'Adatum <info@adatum.com>',
    });
    const d = diagnoseHeaders(raw);
    expectFinding(raw, d, 'spf-temperror', {
      severity: 'warning',
      owner: 'sender-admin',
      fixContains: ['adatum.com', '3600'],
      evidenceOn: ['spf=temperror'],
    });
  });
});
