import { renderText } from '../../src/report';
import { fixCodeLine } from '../../src/rules/fix-step-text';
import { OWNER_LABELS } from '../../src/report/owner-labels';
import type { Diagnosis, Owner } from '../../src/rules/diagnosis';
import { buildDiagnosis, buildFinding } from './diagnosis-builder';
import { unsafeCharacters } from './unsafe-characters';

/** Lines a report may leave longer than the width: a whole DNS record / PowerShell line, or a URL. */
function unbreakableLines(d: Diagnosis): Set<string> {
  const whole = new Set<string>();
  for (const finding of d.findings) {
    for (const step of finding.fixSteps) if (step.code) whole.add(fixCodeLine(step.code));
    finding.references.forEach((reference) => whole.add(reference));
  }
  return whole;
}

function expectWrapped(report: string, d: Diagnosis, width: number): void {
  const allowed = unbreakableLines(d);
  const tooLong = report
    .split('\n')
    .filter((line) => line.length > width)
    .map((line) => line.trim().replace(/^\d+\. /, ''));
  for (const line of tooLong) expect(allowed).toContain(line);
}

const LONG_DKIM_B =
  'b=' +
  'Kq8bV3xY0pL2mN4rT6uW8zA1cE3gI5kM7oQ9sU1wY3aC5eG7iK9mO1qS3uW5yA7cE9gI1kM3oQ5sU7wY9aC1eG3iK5mO7qS9uW1'.repeat(
    3,
  );

function longDiagnosis(): Diagnosis {
  return buildDiagnosis({
    summary:
      'DMARC failed for contoso.com because the message was changed in transit by a gateway that rewrote the ' +
      'body after it had been signed, and the gateway is not a trusted ARC sealer for this tenant.',
    message: {
      from: 'Accounts Payable <ap@contoso.com>',
      fromDomain: 'contoso.com',
      mailFromDomain: 'bounces.mail-relay.contoso-partner-services.example',
      subject:
        'RE: FW: Invoice 2024-0931 for the quarterly maintenance contract of the Redmond and Bellevue offices (second reminder)',
      messageId: '<20240502091427.5f2c@mail.contoso.com>',
      date: '2024-05-02T09:14:27.000Z',
      fromName: 'Accounts Payable',
      replyTo: null,
      to: [],
      cc: [],
    },
    findings: [
      buildFinding({
        id: 'gateway-modified',
        owner: 'recipient-admin',
        title: 'A gateway changed the message after it was signed, so the DKIM body hash no longer matches',
        explanation:
          'The signature from contoso.com covered the body, and a security gateway on the path added a disclaimer ' +
          'to that body. DKIM therefore fails with "body hash did not verify", and SPF passes only for the ' +
          "gateway's own domain, which is not aligned with the From address.",
        fixSteps: [
          { text: 'Configure ARC on the gateway so Microsoft 365 can trust the results it saw.' },
          {
            text: 'Add the gateway to Enhanced Filtering for Connectors:',
            code: {
              kind: 'powershell',
              value:
                'Set-InboundConnector -Identity "From Gateway" -EFSkipIPs 198.51.100.7 -EFSkipLastIP $false',
            },
          },
          {
            text: 'Or re-sign after modification with this record published:',
            code: {
              kind: 'dns-txt',
              host: 'selector1._domainkey.contoso.com',
              value: 'v=DKIM1; k=rsa; p=MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAu5mNq1W2lE8yfrbF9xD0',
            },
          },
        ],
        evidence: [
          {
            header: 'Authentication-Results',
            text: 'dkim=fail (body hash did not verify) header.d=contoso.com',
            line: 3,
          },
          {
            header: 'DKIM-Signature',
            text: `v=1; a=rsa-sha256; d=contoso.com; s=selector1; ${LONG_DKIM_B}`,
            line: 21,
          },
        ],
      }),
    ],
  });
}

describe('renderText', () => {
  it("starts with the verdict, then the reader's answer before the admins' summary", () => {
    const d = buildDiagnosis();
    const [top, summary] = renderText(d).split('\n\n');
    const [title, ...answer] = top.split('\n');
    expect(title).toBe('Auth Doctor: FAIL');
    expect(answer.join(' ')).toBe(`${d.trust.headline} ${d.trust.advice}`);
    expect(summary.split('\n').join(' ')).toBe(d.summary);
  });

  it.each([
    ['pass', 'PASS'],
    ['attention', 'ATTENTION'],
    ['unknown', 'UNKNOWN'],
  ] as const)('labels the %s verdict', (verdict, label) => {
    expect(renderText(buildDiagnosis({ verdict })).split('\n')[0]).toBe(`Auth Doctor: ${label}`);
  });

  it('wraps prose at 100 columns and leaves only whole records, commands and URLs longer', () => {
    const d = longDiagnosis();
    const report = renderText(d);
    expectWrapped(report, d, 100);
    // The long ones really are there, whole, on a line of their own.
    expect(report).toContain(
      '\n            Set-InboundConnector -Identity "From Gateway" -EFSkipIPs 198.51.100.7 -EFSkipLastIP $false\n',
    );
    expect(report).toMatch(/\n {12}selector1\._domainkey\.contoso\.com TXT "v=DKIM1; k=rsa; p=MIIB[^\n]+\n/);
  });

  it('honours a narrower width', () => {
    const d = longDiagnosis();
    const report = renderText(d, { width: 60 });
    expectWrapped(report, d, 60);
    expect(report.split('\n').filter((line) => line.length > 60).length).toBeGreaterThan(0);
  });

  it('falls back to 100 columns for a width that is not a number, and never goes below 40', () => {
    const d = longDiagnosis();
    expect(renderText(d, { width: Number.NaN })).toBe(renderText(d));
    expect(renderText(d, { width: 10 })).toBe(renderText(d, { width: 40 }));
  });

  it('cuts a single word longer than the line (a DKIM b= value) instead of overflowing', () => {
    const report = renderText(longDiagnosis());
    const evidence = report.split('\n').filter((line) => line.includes('Kq8bV3xY0pL2'));
    expect(evidence.length).toBeGreaterThan(1);
    evidence.forEach((line) => expect(line.length).toBeLessThanOrEqual(100));
  });

  it('shows every finding with severity, owner in words, explanation, numbered fix steps, evidence and references', () => {
    const d = buildDiagnosis();
    const report = renderText(d);
    expect(report).toContain(
      '1. [Error] Microsoft could not authenticate the sender (compauth=fail, reason 001)',
    );
    expect(report).toContain('2. [Warning] Filtered as spoofing (CAT:SPOOF, SFTY 9.19)');
    expect(report).toContain("Who fixes it: Sender's admin");
    expect(report).toContain('Who fixes it: Your admin');
    expect(report).toContain(
      '1. Publish an SPF TXT record at fabrikam.com:\n            fabrikam.com TXT "v=spf1 ip4:10.2.3.4 -all"\n',
    );
    expect(report).toContain('2. Enable DKIM signing for fabrikam.com in Microsoft 365:\n');
    expect(report).toContain('            Set-DkimSigningConfig -Identity fabrikam.com -Enabled $true\n');
    expect(report).toContain(
      '            New-TenantAllowBlockListSpoofItems -SpoofedUser "*@fabrikam.com" -SendingInfrastructure fabrikam.com -SpoofType External -Action Allow\n',
    );
    expect(report).toContain(
      'line 4  Authentication-Results: dmarc=none action=none header.from=fabrikam.com;\n               compauth=fail reason=001',
    );
    expect(report).toContain(
      'line 9  X-Forefront-Antispam-Report: CIP:10.2.3.4;CTRY:US;CAT:SPOOF;SFV:SPM;SCL:5;SFTY:9.19',
    );
    for (const finding of d.findings) {
      for (const reference of finding.references) expect(report).toContain(`\n       ${reference}\n`);
      expect(report.replace(/\s+/g, ' ')).toContain(finding.explanation);
    }
  });

  it.each(Object.entries(OWNER_LABELS) as Array<[Owner, string]>)(
    'names owner %s as "%s"',
    (owner, label) => {
      const report = renderText(buildDiagnosis({ findings: [buildFinding({ owner })] }));
      expect(report).toContain(`Who fixes it: ${label}\n`);
    },
  );

  it('puts the most severe findings first even if handed out of order', () => {
    const report = renderText(
      buildDiagnosis({
        findings: [
          buildFinding({ id: 'authenticated', severity: 'info', title: 'Info finding' }),
          buildFinding({ id: 'spf-fail', severity: 'error', title: 'Error finding' }),
          buildFinding({ id: 'softpass', severity: 'warning', title: 'Warning finding' }),
        ],
      }),
    );
    expect(report.indexOf('[Error] Error finding')).toBeLessThan(report.indexOf('[Warning] Warning finding'));
    expect(report.indexOf('[Warning] Warning finding')).toBeLessThan(report.indexOf('[Info] Info finding'));
  });

  it('lays out the protocol table with each DKIM signature, compauth reason and meaning, and ARC sealers', () => {
    const report = renderText(
      buildDiagnosis({
        auth: {
          authservId: 'mx.google.com',
          spf: { result: 'softfail', domain: 'lists.example.org', ip: '2001:db8::25', aligned: false },
          dkim: [
            { result: 'pass', domain: 'example.org', selector: 's2024', aligned: true, reason: null },
            {
              result: 'fail',
              domain: 'lists.example.org',
              selector: 'ml',
              aligned: false,
              reason: 'body hash did not verify',
            },
          ],
          dmarc: { result: 'pass', action: null, policy: 'reject', fromDomain: 'example.org' },
          compauth: {
            result: 'pass',
            reason: '130',
            meaning: 'ARC validated a DMARC failure from a trusted sealer.',
            documented: true,
          },
          arc: {
            result: 'pass',
            sealers: ['google.com', 'lists.example.org'],
            reported: true,
            outerSeal: { instance: 2, cv: 'pass' },
            signatures: [],
          },
        },
      }),
    );
    expect(report).toContain('Authentication, as reported by mx.google.com');
    expect(report).toMatch(
      /\n {2}SPF +softfail +not aligned +MAIL FROM domain lists\.example\.org; sending IP\s+2001:db8::25\n/,
    );
    expect(report).toMatch(/\n {2}DKIM #1 +pass +aligned +signing domain example\.org; selector s2024\n/);
    expect(report).toMatch(
      /\n {2}DKIM #2 +fail +not aligned +signing domain lists\.example\.org; selector ml; body hash/,
    );
    expect(report).toMatch(/\n {2}DMARC +pass +- +From domain example\.org; policy reject\n/);
    expect(report).toMatch(/\n {2}compauth +pass +- +reason 130: ARC validated a DMARC failure/);
    expect(report).toMatch(
      /\n {2}ARC +pass +- +sealed by google\.com, lists\.example\.org; i=2 found the\s+chain before it intact \(cv=pass\)\n/,
    );
  });

  it('says when compauth uses an undocumented code', () => {
    const report = renderText(
      buildDiagnosis({
        auth: {
          ...buildDiagnosis().auth,
          compauth: {
            result: 'fail',
            reason: '604',
            meaning: '6xx family: implicit failure.',
            documented: false,
          },
        },
      }),
    );
    expect(report.replace(/\s+/g, ' ')).toContain(
      'reason 604: 6xx family: implicit failure.; undocumented code',
    );
  });

  it('decodes the antispam fields and keeps the raw ones it has no meaning for', () => {
    const report = renderText(buildDiagnosis());
    expect(report).toMatch(/\n {2}CAT +SPOOF +Spoofing\n/);
    expect(report).toMatch(/\n {2}SCL +5 +Spam: delivered to the Junk Email folder\n/);
    expect(report).toMatch(/\n {2}CTRY +US\n/);
  });

  it('lists the hops oldest first with their delays, and the parse warnings with line numbers', () => {
    const report = renderText(
      buildDiagnosis({
        hops: [
          {
            from: 'a.example',
            by: 'b.example',
            with: 'ESMTPS',
            at: '2024-05-02T09:00:00.000Z',
            delaySeconds: null,
          },
          {
            from: 'b.example',
            by: 'c.example',
            with: 'ESMTP',
            at: '2024-05-02T09:03:05.000Z',
            delaySeconds: 185,
          },
          {
            from: 'c.example',
            by: 'd.example',
            with: null,
            at: '2024-05-02T09:03:01.000Z',
            delaySeconds: -4,
          },
        ],
      }),
    );
    expect(report).toContain('Route (oldest hop first)');
    expect(report).toContain('1. from a.example by b.example with ESMTPS (2024-05-02T09:00:00.000Z)');
    expect(report).toContain(
      '2. from b.example by c.example with ESMTP (2024-05-02T09:03:05.000Z, +3 min 5 s)',
    );
    expect(report).toContain(
      '3. from c.example by d.example (2024-05-02T09:03:01.000Z, -4 s (clock skew between the servers))',
    );
    expect(report).toContain('  line 14  Received: date could not be read');
  });

  it('leaves out empty sections and says when there is nothing to fix', () => {
    const report = renderText(
      buildDiagnosis({
        findings: [],
        antispam: null,
        hops: [],
        warnings: [],
        auth: { authservId: null, spf: null, dkim: [], dmarc: null, compauth: null, arc: null },
      }),
    );
    expect(report).toContain('Findings: none');
    expect(report).not.toContain('Anti-spam');
    expect(report).not.toContain('Route');
    expect(report).not.toContain('Parse warnings');
    expect(report).toMatch(/\n {2}SPF +- +- +not reported by the receiving server\n/);
  });

  it('neutralises terminal escape sequences and bidi overrides from header text', () => {
    const hostile = 'Invoice\u001b]0;owned\u0007\u001b[2J\u009b31m\u202Egpj.exe';
    const report = renderText(
      buildDiagnosis({
        message: { ...buildDiagnosis().message, subject: hostile },
        findings: [
          buildFinding({
            evidence: [{ header: 'Subject', text: hostile, line: 7 }],
            title: `Title ${hostile}`,
          }),
        ],
      }),
    );
    expect(unsafeCharacters(report)).toEqual([]);
    expect(report).toContain('Invoice\\x1B]0;owned\\x07\\x1B[2J\\x9B31m\\u202Egpj.exe');
  });

  it('does not change the Diagnosis it renders', () => {
    const d = buildDiagnosis({ summary: 'with \u001b escape' });
    const copy = structuredClone(d);
    renderText(d);
    expect(d).toEqual(copy);
  });
});
