import { diagnoseHeaders, exoBlock, expectFinding, ids } from './helpers';

describe('DMARC findings', () => {
  it('dmarc-none: no record; fix publishes _dmarc with p=none and rua for the From domain', () => {
    const raw = exoBlock({
      authResults:
        'spf=pass (sender IP is 203.0.113.20)\n smtp.mailfrom=adatum.com; dkim=pass (signature was verified)\n header.d=adatum.com;dmarc=none action=none header.from=adatum.com;compauth=pass reason=109',
      from: 'Adatum <hello@adatum.com>',
    });
    const d = diagnoseHeaders(raw);
    expectFinding(raw, d, 'dmarc-none', {
      severity: 'warning',
      owner: 'sender-admin',
      fixContains: ['_dmarc.adatum.com TXT "v=DMARC1; p=none; rua=mailto:dmarc-reports@adatum.com"'],
      evidenceOn: ['dmarc=none action=none'],
    });
  });

  it('dmarc-bestguesspass: Microsoft guessed a pass; publish a record', () => {
    const raw = exoBlock({
      authResults:
        'spf=pass (sender IP is 10.2.3.4)\n smtp.mailfrom=fabrikam.com; contoso.com; dkim=none\n (message not signed) header.d=none; contoso.com; dmarc=bestguesspass\n action=none header.from=fabrikam.com; compauth=pass reason=109',
      from: 'chris@fabrikam.com',
    });
    const d = diagnoseHeaders(raw);
    expectFinding(raw, d, 'dmarc-bestguesspass', {
      severity: 'warning',
      owner: 'sender-admin',
      fixContains: ['_dmarc.fabrikam.com'],
      evidenceOn: ['dmarc=bestguesspass'],
    });
    expect(d.verdict).toBe('attention');
  });

  it('dmarc-enforced-failure: action=oreject mentions NDR 550 5.7.509', () => {
    const raw = exoBlock({
      authResults:
        'spf=fail (sender IP is 198.51.100.60)\n smtp.mailfrom=woodgrovebank.com; dkim=none (message not signed)\n header.d=none;dmarc=fail action=oreject header.from=woodgrovebank.com;compauth=fail\n reason=000',
      from: 'Woodgrove Bank <alerts@woodgrovebank.com>',
      connecting: 'unknown.example.net (198.51.100.60)',
    });
    const d = diagnoseHeaders(raw);
    const f = expectFinding(raw, d, 'dmarc-enforced-failure', {
      severity: 'error',
      owner: 'sender-admin',
      fixContains: ['add `ip4:198.51.100.60`', 'Turn on DKIM signing with d=woodgrovebank.com'],
      evidenceOn: ['dmarc=fail action=oreject'],
    });
    expect(f.explanation).toContain('5.7.509');
    expect(d.auth.dmarc).toMatchObject({ result: 'fail', action: 'oreject' });
  });

  it("dmarc-enforced-failure from Gmail's p=QUARANTINE comment; pct.quarantine is not enforcement", () => {
    const gmail = [
      'Authentication-Results: mx.google.com;',
      '       spf=fail (google.com: domain of billing@contoso.com does not designate 198.51.100.60 as permitted sender) smtp.mailfrom=billing@contoso.com;',
      '       dmarc=fail (p=QUARANTINE sp=QUARANTINE dis=QUARANTINE) header.from=contoso.com',
      'From: billing@contoso.com',
      '',
    ].join('\n');
    const g = diagnoseHeaders(gmail);
    expect(g.auth.dmarc).toMatchObject({ result: 'fail', policy: 'quarantine' });
    expectFinding(gmail, g, 'dmarc-enforced-failure', {
      severity: 'error',
      owner: 'sender-admin',
      fixContains: ['contoso.com'],
      evidenceOn: ['dmarc=fail (p=QUARANTINE'],
    });

    const sampled = exoBlock({
      authResults:
        'spf=fail (sender IP is 198.51.100.60)\n smtp.mailfrom=contoso.com; dkim=none (message not signed)\n header.d=none;dmarc=fail action=pct.quarantine header.from=contoso.com;compauth=fail reason=000',
      from: 'billing@contoso.com',
    });
    expect(ids(diagnoseHeaders(sampled))).not.toContain('dmarc-enforced-failure');
  });
});
