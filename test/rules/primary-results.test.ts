import { diagnoseHeaders, exoBlock, ids, lineOf } from './helpers';

describe('primary Authentication-Results and the auth summary', () => {
  it('uses the top-most verdict and skips a sender-side Mimecast stamp above it', () => {
    const raw = [
      'Authentication-Results: relay.mimecast.com;',
      ' auth=pass smtp.auth=alerts@contoso.com',
      'Authentication-Results: mx.fabrikam.com; spf=pass smtp.mailfrom=contoso.com;',
      ' dkim=pass header.d=contoso.com header.s=mimecast20240101; dmarc=pass header.from=contoso.com',
      'Authentication-Results: mx.contoso.com; spf=pass smtp.mailfrom=internal.contoso.com',
      'From: Alerts <alerts@contoso.com>',
      'Subject: Build finished',
      '',
    ].join('\n');
    const d = diagnoseHeaders(raw);
    expect(d.auth.authservId).toBe('mx.fabrikam.com');
    expect(d.auth.spf).toEqual({ result: 'pass', domain: 'contoso.com', ip: null, aligned: true });
    expect(d.auth.dkim).toEqual([
      { result: 'pass', domain: 'contoso.com', selector: 'mimecast20240101', aligned: true, reason: null },
    ]);
    const f = d.findings.find((x) => x.id === 'authenticated');
    expect(f?.evidence.map((e) => e.line)).toContain(lineOf(raw, 'dkim=pass header.d=contoso.com'));
  });

  it('reads Gmail: header.i=@domain, quoted prvs= mailfrom, IP from "designates", policy from the comment', () => {
    const raw = [
      'ARC-Seal: i=1; a=rsa-sha256; t=1763892000; cv=none; d=google.com; s=arc-20240605;',
      ' b=Zm9vYmFy',
      'Authentication-Results: mx.google.com;',
      '       dkim=pass header.i=@contoso.com header.s=selector1 header.b=AbCdEf12;',
      '       spf=pass (google.com: domain of prvs=0123abcd=billing@contoso.com designates 203.0.113.20 as permitted sender) smtp.mailfrom="prvs=0123abcd=billing@contoso.com";',
      '       dmarc=pass (p=REJECT sp=REJECT dis=NONE) header.from=contoso.com',
      'From: Contoso Billing <billing@contoso.com>',
      'To: someone@gmail.com',
      'Subject: Invoice 1042',
      '',
    ].join('\n');
    const d = diagnoseHeaders(raw);
    expect(d.auth.authservId).toBe('mx.google.com');
    expect(d.auth.spf).toMatchObject({
      result: 'pass',
      domain: 'contoso.com',
      ip: '203.0.113.20',
      aligned: true,
    });
    expect(d.auth.dkim[0]).toMatchObject({
      result: 'pass',
      domain: 'contoso.com',
      selector: 'selector1',
      aligned: true,
    });
    // dis= is Gmail's disposition: what it did, i.e. Microsoft's action=.
    expect(d.auth.dmarc).toEqual({
      result: 'pass',
      action: 'none',
      policy: 'reject',
      fromDomain: 'contoso.com',
    });
    expect(d.auth.arc).toMatchObject({
      result: 'none',
      sealers: ['google.com'],
      reported: false,
      outerSeal: { instance: 1, cv: 'none' },
    });
    expect(d.auth.compauth).toBeNull();
    expect(d.findings.map((f) => f.id)).toEqual(['authenticated']);
    expect(d.verdict).toBe('pass');
  });

  it('reads Yahoo: dkim_pass, header.s=@selector and dmarc=success(p=REJECT)', () => {
    const raw = [
      'Authentication-Results: atlas-production.v2-mail-prod1-gq1.omega.yahoo.com;',
      ' dkim=dkim_pass header.i=@fabrikam.com header.s=@s2048;',
      ' spf=pass smtp.mailfrom=fabrikam.com;',
      ' dmarc=success(p=REJECT) header.from=fabrikam.com;',
      'From: Fabrikam News <news@fabrikam.com>',
      'Subject: News',
      '',
    ].join('\n');
    const d = diagnoseHeaders(raw);
    expect(d.auth.dkim[0]).toMatchObject({ result: 'pass', domain: 'fabrikam.com', selector: 's2048' });
    expect(d.auth.dmarc).toMatchObject({ result: 'pass', policy: 'reject' });
    expect(d.verdict).toBe('pass');
  });

  it('takes the DKIM selector from the matching DKIM-Signature and the reason from the comment', () => {
    const raw = exoBlock({
      authResults:
        'spf=pass (sender IP is 203.0.113.20)\n smtp.mailfrom=contoso.com; dkim=fail (body hash did not verify)\n header.d=contoso.com;dmarc=pass action=none\n header.from=contoso.com;compauth=pass reason=100',
      from: 'Contoso <news@contoso.com>',
      extra: [
        'DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=contoso.com; s=s1024-2026;',
        ' h=From:To:Subject:Date; bh=47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=; b=dGVzdA==',
      ],
    });
    const d = diagnoseHeaders(raw);
    expect(d.auth.dkim[0]).toEqual({
      result: 'fail',
      domain: 'contoso.com',
      selector: 's1024-2026',
      // Only a pass is aligned: d=contoso.com is the From domain, but the signature failed.
      aligned: false,
      reason: 'body hash did not verify',
    });
  });

  it('falls back to Received-SPF for the domain and IP when Authentication-Results has no SPF', () => {
    const raw = [
      'Authentication-Results: mx.fabrikam.com; dkim=pass header.d=contoso.com; dmarc=pass header.from=contoso.com',
      'Received-SPF: Pass (mx.fabrikam.com: domain of bounces@contoso.com designates 198.51.100.7 as permitted sender)',
      ' client-ip=198.51.100.7; envelope-from=bounces@contoso.com; helo=mail.contoso.com;',
      'From: Contoso <news@contoso.com>',
      '',
    ].join('\n');
    const d = diagnoseHeaders(raw);
    expect(d.auth.spf).toEqual({ result: 'pass', domain: 'contoso.com', ip: '198.51.100.7', aligned: true });
    expect(d.message.mailFromDomain).toBe('contoso.com');
  });

  it("reads Exchange's Sender ID wording (Received-SPF only, no Authentication-Results)", () => {
    const raw = [
      'Received-SPF: SoftFail (EDGE01.contoso.com: domain of transitioning',
      ' adatum.com discourages use of 203.0.113.9 as permitted sender)',
      'Received: from smtp.adatum-partner.example (203.0.113.9) by EDGE01.contoso.com',
      ' (198.51.100.180) with Microsoft SMTP Server id 15.2.1544.14; Mon, 23 Nov 2026 16:40:10 +0000',
      'From: Adatum Billing <billing@adatum.com>',
      '',
    ].join('\n');
    const d = diagnoseHeaders(raw);
    expect(d.auth.spf).toEqual({ result: 'softfail', domain: null, ip: '203.0.113.9', aligned: null });
    expect(ids(d)).toEqual(expect.arrayContaining(['spf-fail', 'no-auth-results']));
    expect(d.verdict).toBe('unknown');
  });

  it('Gmail spf=none "does not designate permitted sender hosts" names no IP: Received-SPF client-ip is used', () => {
    const raw = [
      'Received-SPF: none (google.com: alerts@proseware.com does not designate permitted sender hosts) client-ip=198.51.100.48;',
      'Authentication-Results: mx.google.com;',
      '       dkim=pass header.i=@proseware.com header.s=s1 header.b=Ab12Cd34;',
      '       spf=none (google.com: alerts@proseware.com does not designate permitted sender hosts) smtp.mailfrom=alerts@proseware.com;',
      '       dmarc=pass (p=NONE sp=NONE dis=NONE) header.from=proseware.com',
      'From: alerts@proseware.com',
      '',
    ].join('\n');
    const d = diagnoseHeaders(raw);
    expect(d.auth.spf?.ip).toBe('198.51.100.48');
    expect(d.findings.find((f) => f.id === 'spf-none')?.fix.join(' ')).toContain('ip4:198.51.100.48');
  });

  it('falls back to X-Forefront CIP for the sending IP', () => {
    const raw = exoBlock({
      authResults:
        'spf=softfail smtp.mailfrom=contoso.com; dkim=none (message not signed)\n header.d=none;dmarc=none action=none header.from=contoso.com;compauth=fail reason=001',
      from: 'Contoso <hr@contoso.com>',
      forefront:
        'CIP:198.51.100.44;CTRY:US;LANG:en;SCL:5;SRV:;IPV:NLI;SFV:SPM;H:mail.contoso.com;PTR:mail.contoso.com;CAT:SPOOF;DIR:INB;SFP:1102;',
    });
    const d = diagnoseHeaders(raw);
    expect(d.auth.spf?.ip).toBe('198.51.100.44');
    expect(d.auth.dkim).toEqual([
      { result: 'none', domain: null, selector: null, aligned: null, reason: 'message not signed' },
    ]);
  });

  it('falls back to the connecting Received hop below the verdict, and never replaces a redacted IP', () => {
    const raw = exoBlock({
      authResults:
        'spf=fail smtp.mailfrom=contoso.com;\n dkim=fail header.d=contoso.com; dmarc=fail action=quarantine;\n compauth=fail reason=000',
      from: 'Alex <alexw@contoso.com>',
      connecting: 'mail.contoso.com (203.0.113.45)',
    });
    const d = diagnoseHeaders(raw);
    expect(d.auth.spf?.ip).toBe('203.0.113.45');
    const spfFix = d.findings.find((f) => f.id === 'spf-and-dkim-fail')?.fix.join(' ') ?? '';
    expect(spfFix).toContain('ip4:203.0.113.45');
    expect(d.findings.find((f) => f.id === 'spf-and-dkim-fail')?.evidence.map((e) => e.line)).toContain(
      lineOf(raw, 'Received: from mail.contoso.com (203.0.113.45)'),
    );

    const redacted = exoBlock({
      authResults:
        'spf=fail (sender IP is 10.0.1.x)\n smtp.mailfrom=woodgrovebank.com;\n dkim=pass header.d=woodgrovebank.com;\n dmarc=fail (SPF failed, DKIM not aligned)',
      from: 'statements@woodgrovebank.com',
      connecting: 'mx1.example.org (203.0.113.77)',
    });
    expect(diagnoseHeaders(redacted).auth.spf?.ip).toBeNull();
  });

  it('lists ARC sealers highest instance first and takes the result from the newest seal', () => {
    const raw = [
      'ARC-Message-Signature: i=1; a=rsa-sha256; c=relaxed/relaxed; d=google.com; s=arc-20240605; h=from; bh=YQ==; b=Yg==',
      'ARC-Seal: i=1; a=rsa-sha256; t=1763892000; cv=none; d=google.com; s=arc-20240605; b=Zm9v',
      'ARC-Message-Signature: i=2; a=rsa-sha256; c=relaxed/relaxed; d=lists.example.org; s=ams; h=from; bh=YQ==; b=Yg==',
      'ARC-Seal: i=2; a=rsa-sha256; t=1763892100; cv=pass; d=lists.example.org; s=arc; b=YmFy',
      'Authentication-Results: mx.fabrikam.com; spf=pass smtp.mailfrom=lists.example.org; dkim=pass header.d=lists.example.org; dmarc=pass header.from=lists.example.org',
      'From: Dev list <dev@lists.example.org>',
      '',
    ].join('\n');
    expect(diagnoseHeaders(raw).auth.arc).toEqual({
      result: 'pass',
      sealers: ['lists.example.org', 'google.com'],
      reported: false,
      outerSeal: { instance: 2, cv: 'pass' },
      // Where each key is published (a DNS check looks them up), seal before message signature.
      signatures: [
        { header: 'ARC-Seal', instance: 2, domain: 'lists.example.org', selector: 'arc' },
        { header: 'ARC-Message-Signature', instance: 2, domain: 'lists.example.org', selector: 'ams' },
        { header: 'ARC-Seal', instance: 1, domain: 'google.com', selector: 'arc-20240605' },
        { header: 'ARC-Message-Signature', instance: 1, domain: 'google.com', selector: 'arc-20240605' },
      ],
    });
  });

  it('computes compauth meaning and documented from the reason table', () => {
    const documented = diagnoseHeaders(
      exoBlock({
        authResults:
          'spf=pass (sender IP is 203.0.113.20) smtp.mailfrom=contoso.com; dkim=pass\n header.d=contoso.com;dmarc=pass action=none header.from=contoso.com;compauth=pass reason=101',
        from: 'Contoso <a@contoso.com>',
      }),
    );
    expect(documented.auth.compauth).toMatchObject({ result: 'pass', reason: '101', documented: true });
    expect(documented.auth.compauth?.meaning).toMatch(/DKIM/);
    const family = diagnoseHeaders(
      exoBlock({
        authResults:
          'spf=fail smtp.mailfrom=contoso.com; dkim=none header.d=none;dmarc=none action=none header.from=contoso.com;compauth=fail reason=604',
        from: 'Contoso <a@contoso.com>',
      }),
    );
    expect(family.auth.compauth).toMatchObject({ reason: '604', documented: false });
    expect(family.auth.compauth?.meaning).toMatch(/not documented/);
  });
});
