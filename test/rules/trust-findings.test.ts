import { diagnoseHeaders, exoBlock, expectFinding, ids } from './helpers';

const PASSING =
  'spf=pass (sender IP is 203.0.113.20)\n smtp.mailfrom=fabrikam.com; dkim=pass (signature was verified)\n header.d=fabrikam.com;dmarc=pass action=none header.from=fabrikam.com;compauth=pass reason=100';

describe('findings from the trust signals', () => {
  it('likely-spoof: unrelated servers and a failed DMARC make it the reader’s error, titled with the headline', () => {
    const raw = exoBlock({
      authResults:
        'spf=fail (sender IP is 203.0.113.130)\n smtp.mailfrom=litware.com; dkim=none (message not signed)\n header.d=none;dmarc=fail action=oreject header.from=litware.com;compauth=fail\n reason=000',
      from: 'Payroll <payroll@litware.com>',
      connecting: 'smtp.bulk-relay.example.net (203.0.113.130)',
    });
    const d = diagnoseHeaders(raw);
    const f = expectFinding(raw, d, 'likely-spoof', {
      severity: 'error',
      owner: 'user',
      fixContains: ["Don't reply", 'Report ▸ Phishing'],
      evidenceOn: ['Received: from smtp.bulk-relay.example.net'],
    });
    expect(f.title).toBe(d.trust.headline);
  });

  it('reply-to-elsewhere: a warning on authenticated mail, with no phishing report step', () => {
    const raw = exoBlock({
      authResults: PASSING,
      from: 'Chris <chris@fabrikam.com>',
      extra: ['Reply-To: <chris.payments@tailspin-mail.example>'],
    });
    const d = diagnoseHeaders(raw);
    const f = expectFinding(raw, d, 'reply-to-elsewhere', {
      severity: 'warning',
      owner: 'user',
      fixContains: ["Don't answer with Reply"],
      evidenceOn: ['Reply-To: <chris.payments@tailspin-mail.example>'],
    });
    expect(f.fix.join('\n')).not.toContain('Phishing');
  });

  it('lookalike-domain: replaces "authenticated" for a look-alike of the reader’s own domain', () => {
    const raw = exoBlock({
      authResults: PASSING.replace(/fabrikam\.com/g, 'fabrikarn.com'),
      from: 'Megan <meganb@fabrikarn.com>',
    });
    const d = diagnoseHeaders(raw, { recipient: 'payables@fabrikam.com' });
    expectFinding(raw, d, 'lookalike-domain', {
      severity: 'error',
      owner: 'recipient-admin',
      fixContains: [
        "New-TenantAllowBlockListItems -ListType Sender -Block -Entries 'fabrikarn.com' -NoExpiration",
        "-TargetedDomainsToProtect @{Add='fabrikam.com'}",
      ],
      evidenceOn: ['From: Megan <meganb@fabrikarn.com>'],
    });
    expect(ids(d)).not.toContain('authenticated');
  });
});
