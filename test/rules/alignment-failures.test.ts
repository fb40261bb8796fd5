import { diagnoseHeaders, exoBlock, expectFinding, ids } from './helpers';

describe('passes that do not align with From', () => {
  it('third-party-sender: marketing service passes SPF and DKIM for itself (HubSpot-style)', () => {
    const raw = exoBlock({
      authResults:
        'spf=pass (sender IP is 192.0.2.140)\n smtp.mailfrom=bounce.hubspotemail.net; dkim=pass (signature was verified)\n header.d=hubspotemail.net;dmarc=fail action=none header.from=contoso.com;compauth=fail\n reason=001',
      from: 'Contoso Events <events@contoso.com>',
      connecting: 'o1.ptr2301.hubspotemail.net (192.0.2.140)',
    });
    const d = diagnoseHeaders(raw);
    const f = expectFinding(raw, d, 'third-party-sender', {
      severity: 'error',
      owner: 'sender-admin',
      fixContains: [
        'DKIM-sign with your domain (d=contoso.com)',
        'marketing.contoso.com',
        'aspf=r; adkim=r',
        'sp=none',
      ],
      evidenceOn: ['spf=pass (sender IP is 192.0.2.140)', 'dkim=pass (signature was verified)'],
    });
    expect(f.explanation).toContain('bounce.hubspotemail.net');
    expect(ids(d)).not.toContain('dmarc-alignment');
  });

  it('gateway-modified: Proofpoint-style gateway adds a banner; DKIM body hash fails, SPF passes for the gateway', () => {
    const raw = exoBlock({
      authResults:
        'spf=pass (sender IP is 148.163.150.12)\n smtp.mailfrom=pphosted.com; dkim=fail (body hash did not verify)\n header.d=contoso.com;dmarc=fail action=none header.from=contoso.com;compauth=fail\n reason=001',
      from: 'Contoso Legal <legal@contoso.com>',
      connecting: 'mx0a-00123401.pphosted.com (148.163.150.12)',
      extra: ['X-Proofpoint-Spam-Details: rule=outbound_notspam policy=outbound score=0'],
    });
    const d = diagnoseHeaders(raw);
    expectFinding(raw, d, 'gateway-modified', {
      severity: 'error',
      owner: 'recipient-admin',
      fixContains: [
        // No ARC-Seal of pphosted.com in this message: nothing to trust by name yet.
        "$sealers += '<ARC sealer domain>'; Set-ArcConfig -Identity Default -ArcTrustedSealers $sealers",
        'Enhanced Filtering for Connectors',
        'd=contoso.com',
      ],
      evidenceOn: ['dkim=fail (body hash did not verify)', 'spf=pass (sender IP is 148.163.150.12)'],
    });
    expect(ids(d)).not.toContain('dkim-body-hash');
    expect(ids(d)).not.toContain('dmarc-alignment');
  });

  it('dmarc-alignment: DKIM passes for a different domain only (seed: maliciousdomain.com)', () => {
    const raw = exoBlock({
      authResults:
        'spf=none (sender IP is 192.168.1.8)\n smtp.mailfrom=maliciousdomain.com; contoso.com; dkim=pass\n (signature was verified) header.d=maliciousdomain.com;\n contoso.com; dmarc=none action=none header.from=contoso.com;\n compauth=fail reason=001',
      from: 'chris@contoso.com',
    });
    const d = diagnoseHeaders(raw);
    expectFinding(raw, d, 'dmarc-alignment', {
      severity: 'error',
      owner: 'sender-admin',
      fixContains: ['Turn on DKIM signing with d=contoso.com at the service that sends this mail'],
      evidenceOn: ['smtp.mailfrom=maliciousdomain.com; contoso.com; dkim=pass'],
    });
    expect(d.auth.dkim[0].aligned).toBe(false);
  });

  it('dmarc-alignment: strict alignment inferred from the receiver (SPF passes for a subdomain, DMARC fails)', () => {
    const raw = exoBlock({
      authResults:
        'spf=pass (sender IP is 203.0.113.5)\n smtp.mailfrom=service.contoso.com; dkim=fail (signature did not verify)\n header.d=contoso.com;dmarc=fail (SPF not aligned) action=none header.from=contoso.com;compauth=fail reason=001',
      from: 'Contoso Service <noreply@contoso.com>',
    });
    const d = diagnoseHeaders(raw);
    const f = expectFinding(raw, d, 'dmarc-alignment', {
      severity: 'error',
      owner: 'sender-admin',
      fixContains: ['Turn on DKIM signing with d=contoso.com at the service that sends this mail'],
      evidenceOn: ['spf=pass (sender IP is 203.0.113.5)'],
    });
    expect(f.explanation).toContain('strict');
    expect(d.auth.spf?.aligned).toBe(false);
  });

  it('aligned is reported only for a pass: a failed SPF for the From domain is not aligned', () => {
    const raw = exoBlock({
      authResults:
        'spf=fail (sender IP is 203.0.113.77)\n smtp.mailfrom=contoso.com; dkim=pass (signature was verified)\n header.d=newsletters.example;dmarc=fail action=none header.from=contoso.com;compauth=fail reason=001',
      from: 'Contoso <news@contoso.com>',
    });
    const d = diagnoseHeaders(raw);
    expect(d.auth.spf?.aligned).toBe(false);
    expect(d.auth.dkim[0].aligned).toBe(false);
    // Neither is an aligned pass, so DMARC has nothing: the DKIM pass is for another domain.
    expect(ids(d)).toContain('dmarc-alignment');
  });

  it('a softfail or a DKIM key timeout for the From domain is never aligned; unknown domains stay null', () => {
    const raw = exoBlock({
      authResults:
        'spf=softfail (sender IP is 203.0.113.77)\n smtp.mailfrom=contoso.com; dkim=temperror (key lookup timed out)\n header.d=contoso.com;dkim=pass header.d=contoso.com;dmarc=pass action=none header.from=contoso.com;compauth=pass reason=100',
      from: 'Contoso <news@contoso.com>',
    });
    const d = diagnoseHeaders(raw);
    expect(d.auth.spf?.aligned).toBe(false);
    expect(d.auth.dkim.map((k) => k.aligned)).toEqual([false, true]);
    const unknown = diagnoseHeaders(
      'Authentication-Results: mx.example.org; spf=softfail smtp.mailfrom=contoso.com\n',
    );
    expect(unknown.auth.spf?.aligned).toBeNull();
  });

  it('a relaxed-aligned subdomain pass is aligned when DMARC passes (bounce.contoso.com for contoso.com)', () => {
    const raw = exoBlock({
      authResults:
        'spf=pass (sender IP is 203.0.113.5)\n smtp.mailfrom=bounce.contoso.com; dkim=none (message not signed)\n header.d=none;dmarc=pass action=none header.from=contoso.com;compauth=pass reason=100',
      from: 'Contoso <news@contoso.com>',
    });
    const d = diagnoseHeaders(raw);
    expect(d.auth.spf?.aligned).toBe(true);
    expect(ids(d)).not.toContain('dmarc-alignment');
    expect(ids(d)).toContain('authenticated');
  });
});
