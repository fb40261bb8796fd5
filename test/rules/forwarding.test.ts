import { diagnoseHeaders, expectFinding, ids } from './helpers';

describe('forwarding', () => {
  it('forwarded by a third organization (Received hops, X-Forwarded-To): forwarding instead of spf-fail', () => {
    const raw = [
      'Received: from BN2PEPF000044A8.namprd04.prod.outlook.com (2603:10b6:408:111:cafe::5e) by',
      ' SA1PR15MB5170.namprd15.prod.outlook.com (2603:10b6:806:238::9) with Microsoft SMTP',
      ' Server id 15.20.8207.12 via Frontend Transport; Mon, 23 Nov 2026 10:02:15 +0000',
      'Authentication-Results: spf=fail (sender IP is 203.0.113.77)',
      ' smtp.mailfrom=woodgrovebank.com; dkim=pass (signature was verified)',
      ' header.d=woodgrovebank.com;dmarc=pass action=none',
      ' header.from=woodgrovebank.com;compauth=pass reason=100',
      'Received: from mx1.example.org (203.0.113.77) by',
      ' BN2PEPF000044A8.mail.protection.outlook.com (10.167.243.159) with Microsoft',
      ' SMTP Server id 15.20.8207.11 via Frontend Transport; Mon, 23 Nov 2026 10:02:14 +0000',
      'Received: from mail.woodgrovebank.com (198.51.100.10) by mx1.example.org',
      ' (203.0.113.77) with ESMTPS id 3f9a77c1 for <nestor@example.org>; Mon, 23 Nov',
      ' 2026 10:02:11 +0000',
      'X-Forwarded-To: nestorw@contoso.com',
      'From: Woodgrove Bank <statements@woodgrovebank.com>',
      'To: nestor@example.org',
      'Subject: Your statement',
      '',
    ].join('\n');
    const d = diagnoseHeaders(raw);
    const f = expectFinding(raw, d, 'forwarding', {
      // DKIM still carries DMARC and compauth passed: expected breakage, worth knowing.
      severity: 'warning',
      owner: 'recipient-admin',
      fixContains: [
        "$sealers = @(Get-ArcConfig | Select-Object -ExpandProperty ArcTrustedSealers); $sealers += '<ARC sealer domain>'; Set-ArcConfig -Identity Default -ArcTrustedSealers $sealers",
      ],
      evidenceOn: [
        'spf=fail (sender IP is 203.0.113.77)',
        'Received: from mx1.example.org',
        'X-Forwarded-To',
      ],
    });
    expect(f.explanation).toContain("forwarding server's IP isn't in");
    expect(ids(d)).not.toContain('spf-fail');
  });

  it('forwarded by Gmail with an ARC seal, DKIM broken: forwarding is an error and names the sealer', () => {
    const raw = [
      'ARC-Seal: i=1; a=rsa-sha256; t=1763892000; cv=none; d=google.com; s=arc-20240605;',
      ' b=Zm9vYmFy',
      'ARC-Authentication-Results: i=1; mx.google.com;',
      '       dkim=pass header.i=@contoso.com header.s=selector1 header.b=AbCdEf12;',
      '       spf=pass (google.com: domain of news@contoso.com designates 203.0.113.20 as permitted sender) smtp.mailfrom=news@contoso.com;',
      '       dmarc=pass (p=QUARANTINE sp=QUARANTINE dis=NONE) header.from=contoso.com',
      'Authentication-Results: spf=softfail (sender IP is 209.85.220.41)',
      ' smtp.mailfrom=contoso.com; dkim=fail (body hash did not verify)',
      ' header.d=contoso.com;dmarc=fail action=quarantine header.from=contoso.com;compauth=fail',
      ' reason=000',
      'From: Contoso News <news@contoso.com>',
      'Subject: Weekly',
      '',
    ].join('\n');
    const d = diagnoseHeaders(raw);
    expectFinding(raw, d, 'forwarding', {
      severity: 'error',
      owner: 'recipient-admin',
      fixContains: ["$sealers += 'google.com'; Set-ArcConfig -Identity Default -ArcTrustedSealers $sealers"],
      evidenceOn: ['spf=softfail (sender IP is 209.85.220.41)', 'ARC-Seal: i=1'],
    });
    expect(ids(d)).not.toContain('spf-fail');
    expect(ids(d)).not.toContain('spf-and-dkim-fail');
    expect(ids(d)).toContain('dkim-body-hash');
    expect(d.auth.arc).toMatchObject({
      result: 'none',
      sealers: ['google.com'],
      reported: false,
      outerSeal: { instance: 1, cv: 'none' },
    });
  });

  it('relayed by an on-premises edge in front of Microsoft 365: trust or Enhanced Filtering names that server', () => {
    const raw = [
      'Authentication-Results: spf=fail (sender IP is 198.51.100.180)',
      ' smtp.mailfrom=woodgrovebank.com; dkim=none (message not signed)',
      ' header.d=none;dmarc=fail action=none header.from=woodgrovebank.com;compauth=none',
      ' reason=905',
      'Received: from onprem-edge.contoso.com (198.51.100.180) by',
      ' BN2PEPF000044A8.mail.protection.outlook.com (10.167.243.159) with Microsoft',
      ' SMTP Server id 15.20.8207.11 via Frontend Transport; Mon, 23 Nov 2026 10:02:14 +0000',
      'Received: from mail.woodgrovebank.com (203.0.113.10) by onprem-edge.contoso.com',
      ' (198.51.100.180) with ESMTPS id 77aa; Mon, 23 Nov 2026 10:02:11 +0000',
      'From: alerts@woodgrovebank.com',
      '',
    ].join('\n');
    const d = diagnoseHeaders(raw);
    expectFinding(raw, d, 'forwarding', {
      severity: 'error',
      owner: 'recipient-admin',
      // The edge sealed nothing: the sealer step names no domain, only where one goes.
      fixContains: [
        "$sealers += '<ARC sealer domain>'",
        'If contoso.com is your own gateway',
        'Enhanced Filtering for Connectors',
      ],
      evidenceOn: ['Received: from onprem-edge.contoso.com'],
    });
    expect(ids(d)).toContain('compauth-bypassed');
  });

  it("the receiver's own ARC seal (Gmail seals every inbound message) is not forwarding", () => {
    const raw = [
      'ARC-Seal: i=1; a=rsa-sha256; t=1763892000; cv=none; d=google.com; s=arc-20240605; b=Zm9v',
      'ARC-Authentication-Results: i=1; mx.google.com;',
      '       spf=softfail (google.com: domain of transitioning billing@contoso.com does not designate 198.51.100.222 as permitted sender) smtp.mailfrom=billing@contoso.com;',
      '       dmarc=fail (p=QUARANTINE sp=QUARANTINE dis=QUARANTINE) header.from=contoso.com',
      'Authentication-Results: mx.google.com;',
      '       spf=softfail (google.com: domain of transitioning billing@contoso.com does not designate 198.51.100.222 as permitted sender) smtp.mailfrom=billing@contoso.com;',
      '       dmarc=fail (p=QUARANTINE sp=QUARANTINE dis=QUARANTINE) header.from=contoso.com',
      'From: billing@contoso.com',
      '',
    ].join('\n');
    const d = diagnoseHeaders(raw);
    expect(ids(d)).not.toContain('forwarding');
    const f = expectFinding(raw, d, 'spf-fail', {
      severity: 'error',
      owner: 'sender-admin',
      fixContains: ['ip4:198.51.100.222'],
    });
    expect(f.evidence[0].line).toBe(6);
  });

  it("direct delivery from the sender's own server is not forwarding", () => {
    const raw = [
      'Authentication-Results: spf=fail (sender IP is 192.168.50.50)',
      ' smtp.mailfrom=contoso.com; dkim=pass (signature was verified)',
      ' header.d=contoso.com; dmarc=fail action=quarantine',
      ' header.from=contoso.com; compauth=fail reason=000',
      'Received: from smtp-out.contoso.com (192.168.50.50) by',
      ' BN2PEPF000044A8.mail.protection.outlook.com (10.167.243.159) with Microsoft',
      ' SMTP Server id 15.20.8207.11 via Frontend Transport; Mon, 23 Nov 2026 11:40:11 +0000',
      'From: Contoso IT <it-notices@contoso.com>',
      '',
    ].join('\n');
    const d = diagnoseHeaders(raw);
    expect(ids(d)).toContain('spf-fail');
    expect(ids(d)).not.toContain('forwarding');
  });
});

describe('forwarding needs evidence of a relay', () => {
  it('an authenticated submission to a hosting provider is where the mail starts, not a relay: spf-fail', () => {
    const raw = [
      'Authentication-Results: spf=softfail (sender IP is 198.51.100.25)',
      ' smtp.mailfrom=contoso.com; dkim=none (message not signed) header.d=none;dmarc=fail',
      ' action=none header.from=contoso.com;compauth=fail reason=001',
      'Received: from smtp.hoster.example (198.51.100.25) by',
      ' BN2PEPF000044A8.mail.protection.outlook.com (10.167.243.159) with Microsoft',
      ' SMTP Server id 15.20.8207.11 via Frontend Transport; Mon, 23 Nov 2026 10:02:14 +0000',
      'Received: from contoso.com (unknown [192.0.2.80])',
      '\t(Authenticated sender: chris@contoso.com)',
      '\tby smtp.hoster.example (Postfix) with ESMTPSA id 4Qx7Lk2z; Mon, 23 Nov 2026 10:02:12 +0000',
      'From: Chris Green <chris@contoso.com>',
      'To: meganb@fabrikam.com',
      '',
    ].join('\n');
    const d = diagnoseHeaders(raw);
    expect(ids(d)).not.toContain('forwarding');
    expect(ids(d)).toContain('spf-fail');
  });

  it('SRS through a Microsoft 365 tenant is forwarding, not third-party-sender', () => {
    const raw = [
      'ARC-Seal: i=1; a=rsa-sha256; s=arcselector10001; d=microsoft.com; cv=none; b=Zm9v',
      'Authentication-Results: mx.google.com;',
      '       dkim=pass header.i=@fabrikam.onmicrosoft.com header.s=selector1-fabrikam-onmicrosoft-com header.b=Qm9v;',
      '       arc=pass (i=1 spf=pass spfdomain=contoso.com dkim=pass dkdomain=contoso.com dmarc=pass fromdomain=contoso.com);',
      '       spf=pass (google.com: domain of bounces+SRS=k3Jd8=ZQ@fabrikam.onmicrosoft.com designates 40.107.22.10 as permitted sender) smtp.mailfrom="bounces+SRS=k3Jd8=ZQ@fabrikam.onmicrosoft.com";',
      '       dmarc=fail (p=QUARANTINE sp=QUARANTINE dis=QUARANTINE) header.from=contoso.com',
      'Return-Path: <bounces+SRS=k3Jd8=ZQ@fabrikam.onmicrosoft.com>',
      'From: Contoso News <news@contoso.com>',
      'To: meganb@fabrikam.com',
      '',
    ].join('\n');
    const d = diagnoseHeaders(raw);
    const f = expectFinding(raw, d, 'forwarding', {
      // DMARC failed and no compauth carried it: the forwarded copy is quarantined.
      severity: 'error',
      owner: 'recipient-admin',
      evidenceOn: ['Return-Path: <bounces+SRS=', 'ARC-Seal: i=1'],
    });
    expect(f.title).toContain('contoso.com');
    expect(ids(d)).not.toContain('third-party-sender');
  });

  it("Gmail's caf_ forwarding return path is a relay signal", () => {
    const raw = [
      'Authentication-Results: mx.example.org; spf=pass smtp.mailfrom=nestor+caf_=nestor=example.org@gmail.com;',
      ' dkim=fail (body hash did not verify) header.d=contoso.com; dmarc=fail header.from=contoso.com',
      'Return-Path: <nestor+caf_=nestor=example.org@gmail.com>',
      'From: news@contoso.com',
      '',
    ].join('\n');
    expect(ids(diagnoseHeaders(raw))).toContain('forwarding');
  });

  it("the receiver's own ARC seal is no sealer to trust or to credit; the intermediary's is", () => {
    const raw = [
      'ARC-Seal: i=2; a=rsa-sha256; s=arcselector10001; d=microsoft.com; cv=pass; b=Zm9v',
      'ARC-Seal: i=1; a=rsa-sha256; t=1763892000; cv=none; d=google.com; s=arc-20240605; b=Zm9v',
      'Authentication-Results: spf=fail (sender IP is 209.85.220.41)',
      ' smtp.mailfrom=contoso.com; dkim=fail (body hash did not verify)',
      ' header.d=contoso.com;dmarc=fail action=none header.from=contoso.com;compauth=pass',
      ' reason=130',
      'From: news@contoso.com',
      '',
    ].join('\n');
    const rescued = diagnoseHeaders(raw).findings.find((f) => f.id === 'arc-rescued');
    expect(rescued?.explanation).toContain('(google.com)');
    expect(rescued?.explanation).not.toContain('microsoft.com');
    const failed = diagnoseHeaders(raw.replace('compauth=pass\n reason=130', 'compauth=fail\n reason=000'));
    const trust = failed.findings.find((f) => f.id === 'forwarding')?.fix.join('\n') ?? '';
    expect(trust).toContain("$sealers += 'google.com'");
    expect(trust).not.toContain('microsoft.com');
  });
});
