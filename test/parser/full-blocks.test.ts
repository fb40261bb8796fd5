/** Whole header blocks as Outlook's getAllInternetHeadersAsync and Gmail's "Show original" give them. */
import { parseHeaders } from '../../src/parser';

const outlookInbound = [
  'Received: from DB9PR02MB5678.eurprd02.prod.outlook.com (2603:10a6:10:1a::21) by',
  ' AS8PR02MB9999.eurprd02.prod.outlook.com with HTTPS; Mon, 23 Nov 2026 09:15:07',
  ' +0000',
  'Received: from AM6P195CA0012.EURP195.PROD.OUTLOOK.COM (2603:10a6:209:81::25)',
  ' by DB9PR02MB5678.eurprd02.prod.outlook.com (2603:10a6:10:1a::21) with',
  ' Microsoft SMTP Server (version=TLS1_2,',
  ' cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.8632.24; Mon, 23 Nov',
  ' 2026 09:15:06 +0000',
  'Authentication-Results: spf=softfail (sender IP is 203.0.113.20)',
  ' smtp.mailfrom=fabrikam.com; dkim=none (message not signed)',
  ' header.d=none;dmarc=fail action=oreject',
  ' header.from=fabrikam.com;compauth=fail reason=000',
  'Received-SPF: SoftFail (protection.outlook.com: domain of transitioning',
  ' fabrikam.com discourages use of 203.0.113.20 as permitted sender)',
  'Received: from mail.fabrikam.com (203.0.113.20) by',
  ' AM6PEPF0000ABCD.mail.protection.outlook.com (10.167.16.200) with Microsoft',
  ' SMTP Server id 15.20.8632.24 via Frontend Transport; Mon, 23 Nov 2026 09:15:05',
  ' +0000',
  'From: "Fabrikam Billing" <billing@Fabrikam.com>',
  'To: Michelle <michelle@contoso.com>',
  'Subject: =?utf-8?B?UmVjaG51bmcgTm92ZW1iZXI=?=',
  'Date: Mon, 23 Nov 2026 10:15:01 +0100',
  'Message-ID: <20261123091501.ABC123@mail.fabrikam.com>',
  'Return-Path: bounce@fabrikam.com',
  'X-MS-Exchange-Organization-AuthAs: Anonymous',
  'X-MS-Exchange-Organization-AuthSource: AM6PEPF0000ABCD.eurprd02.prod.outlook.com',
  'X-Forefront-Antispam-Report:',
  '\tCIP:203.0.113.20;CTRY:NL;LANG:de;SCL:5;SRV:;IPV:NLI;SFV:SPM;H:mail.fabrikam.com;PTR:mail.fabrikam.com;CAT:SPOOF;SFS:(13230040)(82310400026);DIR:INB;SFTY:9.19;',
  'X-Microsoft-Antispam: BCL:0;',
  'MIME-Version: 1.0',
  'Content-Type: text/plain',
  '',
].join('\r\n');

describe('Outlook (Exchange Online) inbound block', () => {
  const parsed = parseHeaders(outlookInbound);

  it('reads it without a warning', () => {
    expect(parsed.warnings).toEqual([]);
    expect(parsed.fields).toHaveLength(17);
    expect(parsed.lines).toHaveLength(31);
  });

  it('gives the documented verdicts with their lines', () => {
    const ar = parsed.authResults[0];
    expect(ar.authservId).toBeNull();
    expect(ar.results.map((r) => [r.method, r.result, r.reason, r.loc.line])).toEqual([
      ['spf', 'softfail', null, 9],
      ['dkim', 'none', null, 10],
      ['dmarc', 'fail', null, 11],
      ['compauth', 'fail', '000', 12],
    ]);
    expect(ar.results[2].props).toEqual({ action: 'oreject', 'header.from': 'fabrikam.com' });
    expect(parsed.receivedSpf[0]).toMatchObject({
      result: 'softfail',
      comment:
        'protection.outlook.com: domain of transitioning fabrikam.com discourages use of 203.0.113.20 as permitted sender',
      loc: { line: 13 },
    });
  });

  it('reads addresses, subject, date and ids', () => {
    expect(parsed.from).toMatchObject({
      name: 'Fabrikam Billing',
      address: 'billing@Fabrikam.com',
      domain: 'fabrikam.com',
    });
    expect(parsed.returnPath).toMatchObject({
      address: 'bounce@fabrikam.com',
      domain: 'fabrikam.com',
      loc: { line: 24 },
    });
    expect(parsed.sender).toBeNull();
    expect(parsed.replyTo).toBeNull();
    expect(parsed.subject).toBe('Rechnung November');
    expect(parsed.date).toBe('2026-11-23T09:15:01.000Z');
    expect(parsed.messageId).toBe('<20261123091501.ABC123@mail.fabrikam.com>');
    expect(parsed.authAs?.value).toBe('Anonymous');
  });

  it('orders the hops oldest first with delays', () => {
    expect(parsed.hops.map((h) => [h.from, h.fromIp, h.date, h.delaySeconds])).toEqual([
      ['mail.fabrikam.com', '203.0.113.20', '2026-11-23T09:15:05.000Z', null],
      ['AM6P195CA0012.EURP195.PROD.OUTLOOK.COM', '2603:10a6:209:81::25', '2026-11-23T09:15:06.000Z', 1],
      ['DB9PR02MB5678.eurprd02.prod.outlook.com', '2603:10a6:10:1a::21', '2026-11-23T09:15:07.000Z', 1],
    ]);
  });

  it('reads the antispam maps', () => {
    expect(parsed.forefront?.fields).toMatchObject({
      CIP: '203.0.113.20',
      SCL: '5',
      SFV: 'SPM',
      CAT: 'SPOOF',
      SFTY: '9.19',
    });
    expect(parsed.microsoftAntispam?.fields).toEqual({ BCL: '0' });
    expect(parsed.ndr).toEqual([]);
  });
});

const gmailOriginal = [
  'Delivered-To: michelle@gmail.com',
  'Received: by 2002:a05:7300:aa0b:b0:1a2:3b4c:5d6e with SMTP id q11csp1234567dyc;',
  '        Mon, 23 Nov 2026 01:15:07 -0800 (PST)',
  'ARC-Seal: i=1; a=rsa-sha256; t=1763889307; cv=none;',
  '        d=google.com; s=arc-20240605;',
  '        b=Zm9vYmFy',
  'ARC-Message-Signature: i=1; a=rsa-sha256; c=relaxed/relaxed; d=google.com; s=arc-20240605;',
  '        h=to:subject:message-id:date:from:mime-version:dkim-signature;',
  '        bh=47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=;',
  '        fh=abc=; b=YmF6',
  'ARC-Authentication-Results: i=1; mx.google.com;',
  '       dkim=pass header.i=@contoso.com header.s=s2048 header.b=Kq1pZ9xA;',
  '       spf=pass (google.com: domain of chris@contoso.com designates 198.51.100.7 as permitted sender) smtp.mailfrom=chris@contoso.com;',
  '       dmarc=pass (p=QUARANTINE sp=QUARANTINE dis=NONE) header.from=contoso.com',
  'Return-Path: <chris@contoso.com>',
  'Received: from mail.contoso.com (mail.contoso.com. [198.51.100.7])',
  '        by mx.google.com with ESMTPS id a640c23a62f3a-abc123def456.2026.11.23.01.15.06',
  '        for <michelle@gmail.com>',
  '        (version=TLS1_3 cipher=TLS_AES_256_GCM_SHA384 bits=256/256);',
  '        Mon, 23 Nov 2026 01:15:06 -0800 (PST)',
  'Received-SPF: pass (google.com: domain of chris@contoso.com designates 198.51.100.7 as permitted sender) client-ip=198.51.100.7;',
  'Authentication-Results: mx.google.com;',
  '       dkim=pass header.i=@contoso.com header.s=s2048 header.b=Kq1pZ9xA;',
  '       spf=pass (google.com: domain of chris@contoso.com designates 198.51.100.7 as permitted sender) smtp.mailfrom=chris@contoso.com;',
  '       dmarc=pass (p=QUARANTINE sp=QUARANTINE dis=NONE) header.from=contoso.com',
  'DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed;',
  '        d=contoso.com; s=s2048; t=1763889306; x=1764494106;',
  '        h=to:subject:message-id:date:from:mime-version:from:to:cc:subject:date:message-id:reply-to;',
  '        bh=47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=;',
  '        b=Kq1pZ9xAbc',
  '         def==',
  'From: Chris Green <chris@contoso.com>',
  'Date: Mon, 23 Nov 2026 10:15:05 +0100',
  'Message-ID: <CAB1234xyz@mail.gmail.com>',
  'Subject: Lunch?',
  'To: michelle@gmail.com',
].join('\n');

describe('Gmail "Show original" block', () => {
  const parsed = parseHeaders(gmailOriginal);

  it('reads it without a warning', () => {
    expect(parsed.warnings).toEqual([]);
  });

  it('reads the authentication verdicts, ARC set and DKIM signature', () => {
    expect(parsed.authResults[0].authservId).toBe('mx.google.com');
    expect(parsed.authResults[0].results.map((r) => [r.method, r.result, r.loc.line])).toEqual([
      ['dkim', 'pass', 23],
      ['spf', 'pass', 24],
      ['dmarc', 'pass', 25],
    ]);
    expect(parsed.authResults[0].results[2].comment).toBe('p=QUARANTINE sp=QUARANTINE dis=NONE');
    expect(parsed.arcAuthResults[0]).toMatchObject({ instance: 1, authservId: 'mx.google.com' });
    expect(parsed.arcSeals[0]).toMatchObject({
      instance: 1,
      cv: 'none',
      domain: 'google.com',
      selector: 'arc-20240605',
    });
    expect(parsed.arcMessageSignatures[0]).toMatchObject({
      instance: 1,
      domain: 'google.com',
      loc: { line: 7 },
    });
    expect(parsed.dkimSignatures[0]).toMatchObject({
      domain: 'contoso.com',
      selector: 's2048',
      loc: { line: 26 },
    });
    expect(parsed.dkimSignatures[0].tags['b']).toBe('Kq1pZ9xAbcdef==');
    expect(parsed.receivedSpf[0].params['client-ip']).toBe('198.51.100.7');
  });

  it('reads the hops and the return path', () => {
    expect(parsed.hops.map((h) => [h.from, h.by, h.fromIp, h.for, h.date, h.delaySeconds])).toEqual([
      [
        'mail.contoso.com',
        'mx.google.com',
        '198.51.100.7',
        'michelle@gmail.com',
        '2026-11-23T09:15:06.000Z',
        null,
      ],
      [null, '2002:a05:7300:aa0b:b0:1a2:3b4c:5d6e', null, null, '2026-11-23T09:15:07.000Z', 1],
    ]);
    expect(parsed.returnPath).toMatchObject({ address: 'chris@contoso.com', domain: 'contoso.com' });
    expect(parsed.from).toMatchObject({ name: 'Chris Green', domain: 'contoso.com' });
    expect(parsed.date).toBe('2026-11-23T09:15:05.000Z');
  });
});
