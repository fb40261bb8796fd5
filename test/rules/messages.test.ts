import { diagnoseHeaders, exoBlock, expectFinding, ids } from './helpers';

describe('send-on-behalf', () => {
  it("Sender differs from From and SPF soft-fails: the seed's SPF record with the real IP", () => {
    const raw = exoBlock({
      authResults:
        'spf=softfail (sender IP is 198.51.100.80)\n smtp.mailfrom=contoso.com; dkim=none (message not signed)\n header.d=none;dmarc=fail action=none header.from=contoso.com;compauth=fail reason=001',
      from: 'Chris Green <chris@contoso.com>',
      extra: ['Sender: Assistant <assistant@contoso.com>'],
    });
    const d = diagnoseHeaders(raw);
    const f = expectFinding(raw, d, 'send-on-behalf', {
      severity: 'error',
      owner: 'sender-admin',
      fixContains: ['add `ip4:198.51.100.80` before the final `all` of contoso.com'],
      evidenceOn: ['Sender: Assistant', 'From: Chris Green', 'spf=softfail'],
    });
    expect(f.explanation).toContain('assistant@contoso.com on behalf of chris@contoso.com');
  });

  it('a delegate whose mail authenticated is no finding; nor is the same address in Sender', () => {
    const pass = exoBlock({
      authResults:
        'spf=pass (sender IP is 40.107.22.10)\n smtp.mailfrom=contoso.com; dkim=pass (signature was verified)\n header.d=contoso.com;dmarc=pass action=none header.from=contoso.com;compauth=pass reason=100',
      from: 'Chris Green <chris@contoso.com>',
      extra: ['Sender: Assistant <assistant@contoso.com>'],
    });
    const passed = diagnoseHeaders(pass);
    expect(ids(passed)).not.toContain('send-on-behalf');
    expect(passed.verdict).toBe('pass');
    const same = exoBlock({
      authResults:
        'spf=pass (sender IP is 40.107.22.10)\n smtp.mailfrom=contoso.com; dkim=pass (signature was verified)\n header.d=contoso.com;dmarc=pass action=none header.from=contoso.com;compauth=pass reason=100',
      from: 'Chris Green <chris@contoso.com>',
      extra: ['Sender: <Chris@Contoso.com>'],
    });
    expect(ids(diagnoseHeaders(same))).not.toContain('send-on-behalf');
  });
});

describe('ndr-auth-rejection', () => {
  /** An Exchange Online NDR (.eml with body) returned to the original sender. */
  function ndr(statusLine: string): string {
    return [
      'From: Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@contoso.onmicrosoft.com>',
      'To: Chris Green <chris@adatum.com>',
      'Subject: Undeliverable: Quarterly report',
      'Date: Mon, 23 Nov 2026 10:05:00 +0000',
      'Content-Type: text/plain; charset="us-ascii"',
      '',
      "Your message to meganb@contoso.com couldn't be delivered.",
      '',
      'Diagnostic information for administrators:',
      'Generating server: BN2PEPF000044A8.namprd04.prod.outlook.com',
      statusLine,
      '',
    ].join('\n');
  }

  it("550 5.7.23 (SPF violation): fix from the NDR table filled with the original sender's domain", () => {
    const raw = ndr(
      "Remote Server returned '550 5.7.23 The message was rejected because of Sender Policy Framework violation'",
    );
    const d = diagnoseHeaders(raw);
    const f = expectFinding(raw, d, 'ndr-auth-rejection', {
      severity: 'error',
      owner: 'sender-admin',
      fixContains: ['adatum.com'],
      evidenceOn: ['550 5.7.23'],
    });
    expect(f.title).toContain('5.7.23');
    // The bounce is itself a receiver's verdict: fail, and no "no authentication results" noise.
    expect(d.verdict).toBe('fail');
    expect(ids(d)).not.toContain('no-auth-results');
    // The summary is about the bounced sender's mail, not the bouncing server's domain.
    expect(d.summary).toMatch(
      /^Mail from adatum\.com failed authentication: your message to meganb@contoso\.com was rejected/,
    );
    expect(f.references.join(' ')).toContain('5-7-23');
    expect(f.fix.join(' ')).not.toContain('{domain}');
  });

  it.each([
    ['550 5.7.25', 'Exchange Online', /IPv6 address must have a reverse DNS/],
    ['450 4.7.23', 'Gmail', /no PTR record/],
    ['421 4.7.26', 'Gmail', /unauthenticated/],
  ])('%s fires as its NDR_CODES row says (%s)', (status, system, meaning) => {
    const raw = ndr(`Remote Server returned '${status} Access denied'`);
    const d = diagnoseHeaders(raw);
    const f = expectFinding(raw, d, 'ndr-auth-rejection', {
      severity: 'error',
      owner: 'sender-admin',
      evidenceOn: [status],
    });
    expect(f.explanation).toContain(`(${system}):`);
    expect(f.explanation).toMatch(meaning);
    expect(f.fix.join(' ')).not.toMatch(/\{(?:domain|ip)\}/);
  });

  it('a structured NDR fix step keeps its record apart, filled with the domain', () => {
    const raw = ndr("Remote Server returned '550 5.7.515 Access denied'");
    const f = diagnoseHeaders(raw).findings.find((x) => x.id === 'ndr-auth-rejection');
    expect(f?.fixSteps.map((step) => step.code).filter(Boolean)).toEqual([
      { kind: 'dns-txt', host: '_dmarc.adatum.com', value: 'v=DMARC1; p=none; rua=mailto:dmarc@adatum.com' },
    ]);
  });

  it.each(['5.7.509', '5.7.515', '5.7.1', '5.7.367'])('%s is an authentication rejection', (code) => {
    const raw = ndr(`Remote Server returned '550 ${code} Access denied'`);
    const d = diagnoseHeaders(raw);
    expectFinding(raw, d, 'ndr-auth-rejection', {
      severity: 'error',
      owner: 'sender-admin',
      fixContains: ['adatum.com'],
      evidenceOn: [`550 ${code}`],
    });
  });

  it('Gmail 5.7.26 from mx.google.com', () => {
    const raw = [
      'From: Mail Delivery Subsystem <mailer-daemon@googlemail.com>',
      'To: billing@adatum.com',
      'Subject: Delivery Status Notification (Failure)',
      '',
      'The response from the remote server was:',
      "550 5.7.26 Unauthenticated email from adatum.com is not accepted due to domain's DMARC policy.",
      '',
    ].join('\n');
    const d = diagnoseHeaders(raw);
    expectFinding(raw, d, 'ndr-auth-rejection', {
      severity: 'error',
      owner: 'sender-admin',
      fixContains: ['adatum.com'],
      evidenceOn: ['550 5.7.26'],
    });
  });

  it("uses what the bounce names: the refused domain and IP, and 5.7.515's own results pick the fix", () => {
    const raw = ndr(
      "Remote Server returned '550 5.7.515 Access denied, sending domain CONTOSO.COM doesn't meet the required authentication level. Spf= Fail , Dkim= Pass , DMARC= Pass [203.0.113.9]'",
    );
    const f = diagnoseHeaders(raw).findings.find((x) => x.id === 'ndr-auth-rejection');
    const codes = f?.fixSteps.flatMap((s) => (s.code ? [s.code] : [])) ?? [];
    // The mechanism to merge into contoso.com's one SPF record (never a second record).
    expect(codes).toEqual([{ kind: 'dns-txt', value: 'ip4:203.0.113.9' }]);
    expect(f?.fix.join(' ')).toContain("contoso.com's SPF record");
    expect(f?.fix.join(' ')).not.toMatch(/<sending IP>|DKIM|DMARC1/);
    expect(f?.explanation).toContain('lists SPF as not passing');
  });

  it("Gmail's 5.7.26 names the refused IP: the fix authorizes it instead of <sending IP>", () => {
    const raw = ndr(
      "Remote Server returned: 550-5.7.26 Unauthenticated email from contoso.com is not accepted due to domain's DMARC policy. [198.51.100.7      13]",
    );
    const f = diagnoseHeaders(raw).findings.find((x) => x.id === 'ndr-auth-rejection');
    expect(f?.fix.join(' ')).toContain('198.51.100.7');
    expect(f?.fix.join(' ')).not.toContain('<sending IP>');
  });

  it('5.7.1 is explained by who refused it: a DMARC policy (iCloud, Gmail, Zoho) or an Exchange Online relay refusal', () => {
    const dmarc = diagnoseHeaders(
      ndr("Remote Server returned '550 5.7.1 Your message was rejected due to contoso.com's DMARC policy'"),
    ).findings.find((x) => x.id === 'ndr-auth-rejection');
    expect(dmarc?.explanation).toContain('under the DMARC policy of contoso.com');
    expect(dmarc?.fix.join(' ')).toContain("Set-DkimSigningConfig -Identity 'contoso.com'");
    expect(dmarc?.fix.join(' ')).not.toMatch(/connector/i);
    const relay = diagnoseHeaders(
      ndr("Remote Server returned '550 5.7.1 Unable to relay for meganb@fabrikam.com'"),
    ).findings.find((x) => x.id === 'ndr-auth-rejection');
    expect(relay?.explanation).toContain('Exchange Online');
    expect(relay?.fix.join(' ')).toMatch(/connector/i);
  });

  it('RESOLVER.RST.AuthRequired (a group for authenticated senders only) is not an authentication failure', () => {
    const d = diagnoseHeaders(
      ndr('#550 5.7.1 RESOLVER.RST.AuthRequired; authentication required ##rfc822;nek='),
    );
    expect(ids(d)).not.toContain('ndr-auth-rejection');
    expect(d.verdict).not.toBe('fail');
  });

  it('words the bounce as "your message to … was rejected" when it names the recipient', () => {
    const raw = ndr(
      "Remote Server returned '550 5.7.509 Access denied, sending domain contoso.com does not pass DMARC verification'",
    ).replace(
      "Your message to meganb@contoso.com couldn't be delivered.",
      'Final-Recipient: rfc822; meganb@fabrikam.com',
    );
    const f = diagnoseHeaders(raw).findings.find((x) => x.id === 'ndr-auth-rejection');
    expect(f?.title).toBe('Your message to meganb@fabrikam.com was rejected for authentication (5.7.509)');
  });
});

describe('no-auth-results', () => {
  it('internal mail (AuthAs Internal): says so, owner user, verdict unknown', () => {
    const raw = [
      'Received: from DM6PR15MB4012.namprd15.prod.outlook.com (2603:10b6:5:1e0::21) by',
      ' DM6PR15MB4012.namprd15.prod.outlook.com with mapi id 15.20.8207.12; Mon, 23 Nov 2026',
      ' 09:00:00 +0000',
      'X-MS-Exchange-Organization-AuthAs: Internal',
      'X-MS-Exchange-Organization-AuthSource: DM6PR15MB4012.namprd15.prod.outlook.com',
      'From: Megan Bowen <meganb@contoso.com>',
      'To: Nestor Wilke <nestorw@contoso.com>',
      'Subject: Lunch?',
      '',
    ].join('\n');
    const d = diagnoseHeaders(raw);
    const f = expectFinding(raw, d, 'no-auth-results', {
      severity: 'warning',
      owner: 'user',
      fixContains: ['paste'],
      evidenceOn: ['X-MS-Exchange-Organization-AuthAs: Internal'],
    });
    expect(f.explanation).toMatch(/internal mail/i);
    expect(d.verdict).toBe('unknown');
    expect(d.summary).toContain('contoso.com');
  });

  it('only a sender-side Mimecast stamp: still no receiver verdict', () => {
    const raw = [
      'Authentication-Results: relay.mimecast.com;',
      ' auth=pass smtp.auth=alerts@contoso.com',
      'From: alerts@contoso.com',
      '',
    ].join('\n');
    const d = diagnoseHeaders(raw);
    const f = expectFinding(raw, d, 'no-auth-results', {
      severity: 'warning',
      owner: 'user',
      fixContains: ['Sent Items'],
      evidenceOn: ['Authentication-Results: relay.mimecast.com;'],
    });
    expect(f.explanation).toMatch(/sending side/);
    expect(d.auth.spf).toBeNull();
    expect(d.verdict).toBe('unknown');
  });
});

describe('authenticated', () => {
  it('aligned DKIM + DMARC pass + compauth pass: info, no action, verdict pass', () => {
    const raw = exoBlock({
      authResults:
        'spf=pass (sender IP is 40.107.0.1)\n smtp.mailfrom=captaindns.com; dkim=pass (signature was verified)\n header.d=captaindns.com; dmarc=pass action=none\n header.from=captaindns.com; compauth=pass reason=100',
      from: 'CaptainDNS <hello@captaindns.com>',
    });
    const d = diagnoseHeaders(raw);
    const f = expectFinding(raw, d, 'authenticated', {
      severity: 'info',
      owner: 'none',
      fixContains: ['No action needed'],
      evidenceOn: [
        'spf=pass (sender IP is 40.107.0.1)',
        'header.from=captaindns.com; compauth=pass reason=100',
      ],
    });
    expect(f.explanation).toContain('captaindns.com');
    expect(d.verdict).toBe('pass');
    expect(d.summary).toBe('Mail from captaindns.com passed authentication; no action is needed.');
  });

  it('not authenticated when compauth fails or DMARC only best-guess passes', () => {
    const spoof = exoBlock({
      authResults:
        'spf=pass (sender IP is 40.107.0.1)\n smtp.mailfrom=contoso.com; dkim=pass (signature was verified)\n header.d=contoso.com; dmarc=bestguesspass action=none\n header.from=contoso.com; compauth=pass reason=109',
      from: 'a@contoso.com',
    });
    expect(ids(diagnoseHeaders(spoof))).not.toContain('authenticated');
  });
});
