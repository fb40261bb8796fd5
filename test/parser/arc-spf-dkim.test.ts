import { parseHeaders } from '../../src/parser';

describe('ARC-Authentication-Results', () => {
  it("reads Microsoft's `i=1; mx.microsoft.com 1; …` with version 1", () => {
    const parsed = parseHeaders(
      [
        'ARC-Authentication-Results: i=1; mx.microsoft.com 1; spf=pass',
        ' smtp.mailfrom=contoso.com; dmarc=pass action=none header.from=contoso.com;',
        ' dkim=pass header.d=contoso.com; arc=none',
      ].join('\r\n'),
    );
    expect(parsed.warnings).toEqual([]);
    const aar = parsed.arcAuthResults[0];
    expect(aar).toMatchObject({ instance: 1, authservId: 'mx.microsoft.com', version: '1', none: false });
    expect(aar.results.map((r) => [r.method, r.result, r.loc.line])).toEqual([
      ['spf', 'pass', 1],
      ['dmarc', 'pass', 2],
      ['dkim', 'pass', 3],
      ['arc', 'none', 3],
    ]);
    expect(aar.results[0].props).toEqual({ 'smtp.mailfrom': 'contoso.com' });
    expect(aar.results[0].loc).toEqual({
      header: 'ARC-Authentication-Results',
      line: 1,
      text: 'spf=pass smtp.mailfrom=contoso.com',
    });
    expect(parsed.authResults).toEqual([]);
  });

  it("reads Gmail's form with several instances, top-most first", () => {
    const parsed = parseHeaders(
      [
        'ARC-Authentication-Results: i=2; mx.google.com;',
        '       dkim=pass header.i=@lists.example.org header.s=s2 header.b=Q1w2E3r4;',
        '       arc=pass (i=1 spf=pass spfdomain=contoso.com dkim=pass dkdomain=contoso.com dmarc=pass fromdomain=contoso.com)',
        'ARC-Authentication-Results: i=1; mx.google.com;',
        '       dkim=pass header.i=@contoso.com header.s=selector1 header.b=AbCd1234;',
        '       spf=pass (google.com: domain of chris@contoso.com designates 192.0.2.10 as permitted sender) smtp.mailfrom=chris@contoso.com',
      ].join('\n'),
    );
    expect(
      parsed.arcAuthResults.map((a) => [a.instance, a.authservId, a.results.length, a.loc.line]),
    ).toEqual([
      [2, 'mx.google.com', 2, 1],
      [1, 'mx.google.com', 2, 4],
    ]);
    expect(parsed.arcAuthResults[1].results[1].props).toEqual({ 'smtp.mailfrom': 'chris@contoso.com' });
  });

  it('warns when the i= instance is missing but still reads the results', () => {
    const parsed = parseHeaders(
      'ARC-Authentication-Results: mx.example.org; spf=pass smtp.mailfrom=a.example',
    );
    expect(parsed.arcAuthResults[0]).toMatchObject({ instance: null, authservId: 'mx.example.org' });
    expect(parsed.arcAuthResults[0].results[0]).toMatchObject({ method: 'spf', result: 'pass' });
    expect(parsed.warnings).toEqual([
      { header: 'ARC-Authentication-Results', line: 1, message: expect.stringContaining('"i="') },
    ]);
  });
});

describe('ARC-Seal', () => {
  it('reads i, cv, d, s (folded b= included)', () => {
    const parsed = parseHeaders(
      [
        'ARC-Seal: i=2; a=rsa-sha256; t=1763866800; cv=pass;',
        '        d=Lists.Example.org; s=arc-2026;',
        '        b=dGhpcyBpcyBub3QgYSByZWFs',
        '         IHNpZ25hdHVyZQ==',
        'ARC-Seal: i=1; a=rsa-sha256; t=1763866700; cv=none; d=contoso.com; s=arcselector1; b=c2ln',
      ].join('\r\n'),
    );
    expect(parsed.warnings).toEqual([]);
    expect(parsed.arcSeals).toEqual([
      {
        instance: 2,
        cv: 'pass',
        domain: 'lists.example.org',
        selector: 'arc-2026',
        loc: expect.objectContaining({ header: 'ARC-Seal', line: 1 }),
      },
      {
        instance: 1,
        cv: 'none',
        domain: 'contoso.com',
        selector: 'arcselector1',
        loc: expect.objectContaining({ line: 5 }),
      },
    ]);
  });

  it('lower-cases cv and warns about an out-of-range or unreadable instance', () => {
    const parsed = parseHeaders(
      'ARC-Seal: i=51; cv=Fail; d=x.example; s=s\nARC-Seal: i=one; cv=none; d=y.example; s=s',
    );
    expect(parsed.arcSeals.map((s) => [s.instance, s.cv])).toEqual([
      [51, 'fail'],
      [null, 'none'],
    ]);
    expect(parsed.warnings.map((w) => [w.line, w.message])).toEqual([
      [1, expect.stringContaining('outside 1..50')],
      [2, expect.stringContaining('not a number')],
    ]);
  });
});

describe('ARC-Message-Signature', () => {
  it('reads DKIM tags with i= as the instance', () => {
    const parsed = parseHeaders(
      'ARC-Message-Signature: i=1; a=rsa-sha256; c=relaxed/relaxed; d=contoso.com;\n s=arcselector1; h=From:To:Subject:Date; bh=47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=;\n b=YWJj\n ZGVm',
    );
    expect(parsed.arcMessageSignatures).toEqual([
      {
        tags: {
          i: '1',
          a: 'rsa-sha256',
          c: 'relaxed/relaxed',
          d: 'contoso.com',
          s: 'arcselector1',
          h: 'From:To:Subject:Date',
          bh: '47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=',
          b: 'YWJjZGVm',
        },
        domain: 'contoso.com',
        selector: 'arcselector1',
        instance: 1,
        loc: expect.objectContaining({ header: 'ARC-Message-Signature', line: 1 }),
      },
    ]);
  });
});

describe('Received-SPF', () => {
  it("reads Microsoft's capitalised result, comment and key=value list with pr=", () => {
    const parsed = parseHeaders(
      'Received-SPF: Pass (protection.outlook.com: domain of contoso.com designates\r\n 40.107.22.45 as permitted sender) receiver=protection.outlook.com;\r\n client-ip=40.107.22.45; helo=EUR05-AM6-obe.outbound.protection.outlook.com; pr=C',
    );
    expect(parsed.warnings).toEqual([]);
    expect(parsed.receivedSpf).toEqual([
      {
        result: 'pass',
        comment: 'protection.outlook.com: domain of contoso.com designates 40.107.22.45 as permitted sender',
        params: {
          receiver: 'protection.outlook.com',
          'client-ip': '40.107.22.45',
          helo: 'EUR05-AM6-obe.outbound.protection.outlook.com',
          pr: 'C',
        },
        envelopeFrom: 'contoso.com',
        clientIp: '40.107.22.45',
        loc: expect.objectContaining({ header: 'Received-SPF', line: 1 }),
      },
    ]);
  });

  it('reads the RFC 7208 §9.1 example with quoted envelope-from and every key', () => {
    const parsed = parseHeaders(
      'Received-SPF: fail (mybox.example.org: domain of myname@example.com does not designate 192.0.2.1 as permitted sender)\n' +
        '    receiver=mybox.example.org; client-ip=192.0.2.1; envelope-from="myname@example.com";\n' +
        '    helo=foo.example.com; identity=mailfrom; mechanism="-all"; problem="none"',
    );
    expect(parsed.receivedSpf[0].result).toBe('fail');
    expect(parsed.receivedSpf[0].params).toEqual({
      receiver: 'mybox.example.org',
      'client-ip': '192.0.2.1',
      'envelope-from': 'myname@example.com',
      helo: 'foo.example.com',
      identity: 'mailfrom',
      mechanism: '-all',
      problem: 'none',
    });
  });

  it("reads Gmail's form (softfail, trailing ';') and keeps several fields in order", () => {
    const parsed = parseHeaders(
      'Received-SPF: softfail (google.com: domain of transitioning chris@fabrikam.com does not designate 203.0.113.5 as permitted sender) client-ip=203.0.113.5;\nReceived-SPF: None (protection.outlook.com: fabrikam.com does not designate permitted sender hosts)',
    );
    expect(parsed.receivedSpf.map((r) => [r.result, r.params['client-ip'], r.loc.line])).toEqual([
      ['softfail', '203.0.113.5', 1],
      ['none', undefined, 2],
    ]);
  });
});

describe('DKIM-Signature', () => {
  const block = [
    'DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=Contoso.com;',
    '\ts=selector1; h=From:Date:Subject:Message-ID:Content-Type:MIME-Version;',
    '\tbh=frcCV1k9oG9oKj3dpUqdJg1PxRT2RSN/XKdLCPjaYaY=;',
    '\tb=dzdVyOfAKCdLXdJOc9G2q8LoXSlEniSbav+yuU4zGeeruD00lszZVoG4ZHRNiYzR',
    '\t MZ2ZM8ZlzyHfg1KjZ9gnxQE=',
    'DKIM-Signature: v=1; a=rsa-sha256; d=sendgrid.info; s=smtpapi; h=from:to; bh=x=; b=y=',
  ].join('\r\n');

  it('reads every tag with folding whitespace removed, domain lower-cased', () => {
    const parsed = parseHeaders(block);
    expect(parsed.warnings).toEqual([]);
    expect(parsed.dkimSignatures[0]).toEqual({
      tags: {
        v: '1',
        a: 'rsa-sha256',
        c: 'relaxed/relaxed',
        d: 'Contoso.com',
        s: 'selector1',
        h: 'From:Date:Subject:Message-ID:Content-Type:MIME-Version',
        bh: 'frcCV1k9oG9oKj3dpUqdJg1PxRT2RSN/XKdLCPjaYaY=',
        b: 'dzdVyOfAKCdLXdJOc9G2q8LoXSlEniSbav+yuU4zGeeruD00lszZVoG4ZHRNiYzRMZ2ZM8ZlzyHfg1KjZ9gnxQE=',
      },
      domain: 'contoso.com',
      selector: 'selector1',
      instance: null,
      loc: expect.objectContaining({ header: 'DKIM-Signature', line: 1 }),
    });
    expect(parsed.dkimSignatures[1]).toMatchObject({
      domain: 'sendgrid.info',
      selector: 'smtpapi',
      loc: { line: 6 },
    });
  });

  it('warns about missing required tags, tags without "=" and repeated tags', () => {
    const parsed = parseHeaders('DKIM-Signature: v=1; d=a.example; d=b.example; junk; s=sel');
    expect(parsed.dkimSignatures[0]).toMatchObject({ domain: 'a.example', selector: 'sel' });
    expect(parsed.warnings.map((w) => w.message)).toEqual([
      expect.stringContaining('"d" appears twice'),
      expect.stringContaining('"junk" has no'),
      expect.stringContaining('"a="'),
      expect.stringContaining('"b="'),
      expect.stringContaining('"bh="'),
      expect.stringContaining('"h="'),
    ]);
  });
});
