import { diagnoseHeaders, exoBlock, expectFinding, ids } from './helpers';

describe('DKIM findings', () => {
  it('dkim-none: unsigned; SPF carries DMARC, so a warning with the Set-DkimSigningConfig line', () => {
    const raw = exoBlock({
      authResults:
        'spf=pass (sender IP is 203.0.113.20)\n smtp.mailfrom=fabrikam.com; dkim=none (message not signed)\n header.d=none;dmarc=pass action=none header.from=fabrikam.com;compauth=pass reason=102',
      from: 'Fabrikam <sales@fabrikam.com>',
      connecting: 'mail-am6eur05on2061.outbound.protection.outlook.com (52.100.175.61)',
    });
    const d = diagnoseHeaders(raw);
    expectFinding(raw, d, 'dkim-none', {
      severity: 'warning',
      owner: 'sender-admin',
      fixContains: [
        "Set-DkimSigningConfig -Identity 'fabrikam.com' -Enabled $true",
        'selector1._domainkey.fabrikam.com',
      ],
      evidenceOn: ['dkim=none (message not signed)'],
    });
  });

  it('dkim-fail: key/selector mismatch names the selector record', () => {
    const raw = exoBlock({
      authResults:
        'spf=pass (sender IP is 203.0.113.20)\n smtp.mailfrom=contoso.com; dkim=fail (signature did not verify)\n header.d=contoso.com;dmarc=pass action=none header.from=contoso.com;compauth=pass reason=102',
      from: 'Contoso <news@contoso.com>',
      connecting: 'mail-am6eur05on2061.outbound.protection.outlook.com (52.100.175.61)',
      extra: [
        'DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=contoso.com; s=selector2;',
        ' h=From:To:Subject:Date; bh=47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=; b=dGVzdA==',
      ],
    });
    const d = diagnoseHeaders(raw);
    const f = expectFinding(raw, d, 'dkim-fail', {
      severity: 'warning',
      owner: 'sender-admin',
      fixContains: ['selector2._domainkey.contoso.com', "Rotate-DkimSigningConfig -Identity 'contoso.com'"],
      evidenceOn: ['dkim=fail (signature did not verify)'],
    });
    expect(f.explanation).toContain('selector2._domainkey.contoso.com');
    expect(ids(d)).not.toContain('dkim-body-hash');
  });

  it('dkim-body-hash: body modified after signing, no relay in sight → the sender side', () => {
    const raw = exoBlock({
      authResults:
        'spf=fail (sender IP is 203.0.113.20)\n smtp.mailfrom=contoso.com; dkim=fail (body hash did not verify)\n header.d=contoso.com;dmarc=fail action=none header.from=contoso.com;compauth=fail reason=001',
      from: 'Contoso <news@contoso.com>',
      connecting: 'mail.contoso.com (203.0.113.20)',
    });
    const d = diagnoseHeaders(raw);
    // Both methods fail: the combined plan, and the body-hash finding saying why DKIM failed.
    expect(ids(d)).toContain('spf-and-dkim-fail');
    expect(ids(d)).toContain('dkim-body-hash');
    expect(ids(d)).not.toContain('dkim-fail');

    const passing = exoBlock({
      authResults:
        'spf=pass (sender IP is 203.0.113.20)\n smtp.mailfrom=contoso.com; dkim=fail (body hash did not verify)\n header.d=contoso.com;dmarc=pass action=none header.from=contoso.com;compauth=pass reason=102',
      from: 'Contoso <news@contoso.com>',
      connecting: 'mail.contoso.com (203.0.113.20)',
    });
    const p = diagnoseHeaders(passing);
    expectFinding(passing, p, 'dkim-body-hash', {
      severity: 'warning',
      owner: 'sender-admin',
      fixContains: ['contoso.com', 'before DKIM signing'],
      evidenceOn: ['dkim=fail (body hash did not verify)'],
    });
    expect(ids(p)).not.toContain('dkim-fail');
  });

  it('dkim-body-hash: Gmail neutral "body hash did not verify" through a mailing list → recipient side', () => {
    const raw = [
      'Authentication-Results: mx.google.com;',
      '       dkim=neutral (body hash did not verify) header.i=@contoso.com header.s=s1 header.b=Qx2bPq9z;',
      '       spf=pass (google.com: domain of dev-bounces@lists.example.org designates 192.0.2.55 as permitted sender) smtp.mailfrom=dev-bounces@lists.example.org;',
      '       dmarc=fail (p=NONE sp=NONE dis=NONE) header.from=contoso.com',
      'List-Id: Developers <dev.lists.example.org>',
      'From: Ana <ana@contoso.com>',
      'Subject: [dev] release notes',
      '',
    ].join('\n');
    const d = diagnoseHeaders(raw);
    expectFinding(raw, d, 'dkim-body-hash', {
      severity: 'error',
      owner: 'recipient-admin',
      fixContains: ['ARC'],
      evidenceOn: ['dkim=neutral (body hash did not verify)'],
    });
    // The list explains the misalignment; it is not a gateway and not the author's alignment problem.
    expect(ids(d)).not.toContain('gateway-modified');
    expect(ids(d)).not.toContain('dmarc-alignment');
  });

  it('recognises "bad body hash" and "body hash didn\'t verify" wordings', () => {
    for (const reason of ["body hash didn't verify", 'bad body hash']) {
      const raw = exoBlock({
        authResults: `spf=pass (sender IP is 203.0.113.20)\n smtp.mailfrom=contoso.com; dkim=fail (${reason})\n header.d=contoso.com;dmarc=pass action=none header.from=contoso.com;compauth=pass reason=102`,
        from: 'Contoso <news@contoso.com>',
        connecting: 'mail.contoso.com (203.0.113.20)',
      });
      expect(ids(diagnoseHeaders(raw))).toContain('dkim-body-hash');
    }
  });
});

describe('DKIM that could not count for other reasons than the key', () => {
  const signature = (x: string): string[] => [
    'DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=contoso.com; s=s2025;',
    ` t=1700000000; ${x}h=From:To:Subject:Date; bh=47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=; b=dGVzdA==`,
  ];

  it('dkim-expired: the receiver says the signature expired; nothing to republish, not dkim-fail', () => {
    const raw = exoBlock({
      authResults:
        'spf=pass (sender IP is 203.0.113.20)\n smtp.mailfrom=contoso.com; dkim=fail (signature timestamp\n exipred) header.d=contoso.com;dmarc=pass action=none header.from=contoso.com;compauth=pass reason=100',
      from: 'Contoso <news@contoso.com>',
      extra: signature('x=1700259200; '),
    });
    const d = diagnoseHeaders(raw);
    const f = expectFinding(raw, d, 'dkim-expired', {
      severity: 'warning',
      owner: 'sender-admin',
      fixContains: ['Nothing to republish for contoso.com'],
      evidenceOn: ['dkim=fail (signature timestamp'],
    });
    expect(f.fix.join(' ')).not.toMatch(/Rotate-DkimSigningConfig|Set-DkimSigningConfig/);
    expect(ids(d)).not.toContain('dkim-fail');
  });

  it("dkim-expired from x= alone: the signature's expiry is before the receiver took the message", () => {
    const failed = (x: string): string =>
      exoBlock({
        authResults:
          'spf=fail (sender IP is 203.0.113.20)\n smtp.mailfrom=contoso.com; dkim=fail (signature did not verify)\n header.d=contoso.com;dmarc=fail action=quarantine header.from=contoso.com;compauth=fail reason=000',
        from: 'Contoso <news@contoso.com>',
        extra: signature(x),
      });
    expect(ids(diagnoseHeaders(failed('x=1700259200; ')))).toContain('dkim-expired');
    // Valid until 2030: a failure for another reason.
    const current = ids(diagnoseHeaders(failed('x=1900000000; ')));
    expect(current).toContain('dkim-fail');
    expect(current).not.toContain('dkim-expired');
  });

  it('dkim-temperror: the key lookup timed out; the advice is about the record size and name servers', () => {
    const raw = exoBlock({
      authResults:
        'spf=fail (sender IP is 203.0.113.20)\n smtp.mailfrom=contoso.com; dkim=temperror (key query timeout)\n header.d=contoso.com;dmarc=fail action=quarantine header.from=contoso.com;compauth=fail reason=000',
      from: 'Contoso <news@contoso.com>',
      extra: signature(''),
    });
    const d = diagnoseHeaders(raw);
    const f = expectFinding(raw, d, 'dkim-temperror', {
      severity: 'error',
      owner: 'sender-admin',
      fixContains: ['s2025._domainkey.contoso.com', '255 characters'],
      evidenceOn: ['dkim=temperror (key query timeout)'],
    });
    expect(f.title).toBe('DKIM key lookup for contoso.com timed out (temperror)');
    expect(ids(d)).not.toContain('dkim-fail');
    // Still a DKIM failure for the combined diagnosis.
    expect(ids(d)).toContain('spf-and-dkim-fail');
    // Exchange Online's own word for it, "dkim=timeout", is the same finding.
    const timeout = diagnoseHeaders(raw.replace('dkim=temperror', 'dkim=timeout'));
    expect(ids(timeout)).toContain('dkim-temperror');
    expect(ids(timeout)).not.toContain('dkim-fail');
  });
});
