import { diagnoseHeaders, exoBlock, expectFinding, ids } from './helpers';

describe('spoof-verdict (X-Forefront-Antispam-Report)', () => {
  it('CAT:SPOOF with SCL 5 and SFTY 9.19 explains why it went to junk, decoding each field', () => {
    const raw = exoBlock({
      authResults:
        'spf=none (sender IP is 203.0.113.20)\n smtp.mailfrom=marketing.captaindns.com; dkim=none (message not signed)\n header.d=none; dmarc=none action=none header.from=captaindns.com;\n compauth=fail reason=001',
      from: 'CaptainDNS <news@captaindns.com>',
      forefront: 'CIP:203.0.113.20;CTRY:US;CAT:SPOOF;SFV:SPM;SCL:5;SFTY:9.19',
    });
    const d = diagnoseHeaders(raw);
    const f = expectFinding(raw, d, 'spoof-verdict', {
      severity: 'error',
      owner: 'recipient-admin',
      fixContains: [
        "New-TenantAllowBlockListSpoofItems -Identity Default -Action Allow -SendingInfrastructure 'captaindns.com' -SpoofedUser 'captaindns.com' -SpoofType External",
      ],
      evidenceOn: ['X-Forefront-Antispam-Report: CIP:203.0.113.20'],
    });
    expect(f.explanation).toContain('CAT:SPOOF');
    expect(f.explanation).toContain('SCL:5');
    expect(f.explanation).toMatch(/Junk/);
  });

  it('SFTY 9.20 (user impersonation) with SCL 1 is a warning with the anti-phishing advice', () => {
    const raw = exoBlock({
      authResults:
        'spf=pass (sender IP is 203.0.113.20)\n smtp.mailfrom=contoso-partners.com; dkim=pass (signature was verified)\n header.d=contoso-partners.com;dmarc=pass action=none header.from=contoso-partners.com;compauth=pass reason=100',
      from: 'Megan Bowen <megan@contoso-partners.com>',
      forefront:
        'CIP:203.0.113.20;CTRY:US;LANG:en;SCL:1;SRV:;IPV:NLI;SFV:NSPM;H:mail.contoso-partners.com;CAT:NONE;SFTY:9.20;DIR:INB;',
    });
    const d = diagnoseHeaders(raw);
    expectFinding(raw, d, 'spoof-verdict', {
      severity: 'warning',
      owner: 'recipient-admin',
      fixContains: ['impersonation settings', 'contoso-partners.com'],
      evidenceOn: ['X-Forefront-Antispam-Report'],
    });
  });

  it('older SFTY 9.22 (spoof overridden by a safe sender) is still a spoof verdict; plain spam is not', () => {
    const overridden = exoBlock({
      authResults:
        'spf=fail (sender IP is 203.0.113.20)\n smtp.mailfrom=fabrikam.com; dkim=none (message not signed)\n header.d=none;dmarc=none action=none header.from=fabrikam.com;compauth=fail reason=001',
      from: 'fabrikam <a@fabrikam.com>',
      forefront: 'CIP:203.0.113.20;SCL:1;SFV:SFE;SFTY:9.22;DIR:INB;',
    });
    expect(ids(diagnoseHeaders(overridden))).toContain('spoof-verdict');
    const spam = exoBlock({
      authResults:
        'spf=pass (sender IP is 203.0.113.20)\n smtp.mailfrom=fabrikam.com; dkim=pass (signature was verified)\n header.d=fabrikam.com;dmarc=pass action=none header.from=fabrikam.com;compauth=pass reason=100',
      from: 'fabrikam <a@fabrikam.com>',
      forefront: 'CIP:203.0.113.20;SCL:6;SFV:SPM;CAT:SPM;DIR:INB;',
    });
    expect(ids(diagnoseHeaders(spam))).not.toContain('spoof-verdict');
  });
});

describe('antispam summary', () => {
  it('keeps raw fields, SCL/BCL as numbers and decodes documented ones', () => {
    const raw = exoBlock({
      authResults:
        'spf=pass (sender IP is 203.0.113.20)\n smtp.mailfrom=contoso.com; dkim=pass (signature was verified)\n header.d=contoso.com;dmarc=pass action=none header.from=contoso.com;compauth=pass reason=100',
      from: 'Contoso <a@contoso.com>',
      forefront:
        'CIP:203.0.113.20;CTRY:US;LANG:en;SCL:1;SRV:;IPV:NLI;SFV:NSPM;H:mail.contoso.com;PTR:mail.contoso.com;CAT:NONE;SFS:(13230040)(366016);DIR:INB;',
      extra: ['X-Microsoft-Antispam: BCL:0;ARA:13230040|366016;'],
    });
    const d = diagnoseHeaders(raw);
    expect(d.antispam).not.toBeNull();
    expect(d.antispam?.SCL).toBe(1);
    expect(d.antispam?.BCL).toBe(0);
    expect(d.antispam?.CIP).toBe('203.0.113.20');
    expect(d.antispam?.SFV).toBe('NSPM');
    expect(d.antispam?.ARA).toBeUndefined();
    const decodedFields = d.antispam?.decoded.map((x) => x.field) ?? [];
    expect(decodedFields).toEqual(expect.arrayContaining(['SCL', 'SFV', 'DIR', 'IPV', 'BCL']));
    expect(d.antispam?.decoded.find((x) => x.field === 'SFV')?.meaning).toMatch(/not spam/i);
  });

  it('is null without antispam headers', () => {
    const d = diagnoseHeaders(
      'Authentication-Results: mx.example.net; spf=pass smtp.mailfrom=a.example\nFrom: a@a.example\n',
    );
    expect(d.antispam).toBeNull();
  });
});

describe('junked-for-content', () => {
  const passing =
    'spf=pass (sender IP is 203.0.113.20)\n smtp.mailfrom=fabrikam.com; dkim=pass (signature was verified)\n header.d=fabrikam.com;dmarc=pass action=none header.from=fabrikam.com;compauth=pass reason=100';

  it('authenticated mail put in Junk (SCL 6, SFV:SPM, dest:J) says why and is not "no action is needed"', () => {
    const raw = exoBlock({
      authResults: passing,
      from: 'Chris Green <chris@fabrikam.com>',
      forefront: 'CIP:203.0.113.20;CTRY:US;LANG:en;SCL:6;SRV:;IPV:NLI;SFV:SPM;CAT:SPM;DIR:INB;',
      extra: [
        'X-Microsoft-Antispam-Mailbox-Delivery:',
        ' ucf:0;jmr:0;ex:0;auth:1;dest:J;OFR:SpamFilterAuthJ;RF:JunkEmail;',
      ],
    });
    const d = diagnoseHeaders(raw);
    const f = expectFinding(raw, d, 'junked-for-content', {
      severity: 'warning',
      owner: 'user',
      fixContains: ['Not junk', 'Submissions'],
      evidenceOn: ['X-Forefront-Antispam-Report', 'dest:J;OFR'],
    });
    expect(f.explanation).toContain('spam confidence level 6');
    expect(f.explanation).toContain('dest:J');
    expect(d.verdict).toBe('attention');
    expect(d.summary).not.toContain('no action is needed');
  });

  it("nothing for Inbox mail, nor for the sending tenant's outbound report (DIR:OUT), nor when authentication failed", () => {
    const inbox = exoBlock({
      authResults: passing,
      from: 'chris@fabrikam.com',
      forefront: 'CIP:203.0.113.20;SCL:1;SFV:NSPM;DIR:INB;',
    });
    expect(ids(diagnoseHeaders(inbox))).not.toContain('junked-for-content');
    const outbound = exoBlock({
      authResults: passing,
      from: 'chris@fabrikam.com',
      forefront: 'CIP:203.0.113.20;SCL:5;SFV:SPM;DIR:OUT;',
    });
    expect(ids(diagnoseHeaders(outbound))).not.toContain('junked-for-content');
    const spoof = exoBlock({
      authResults:
        'spf=fail (sender IP is 203.0.113.20)\n smtp.mailfrom=fabrikam.com; dkim=none (message not signed)\n header.d=none;dmarc=fail action=quarantine header.from=fabrikam.com;compauth=fail reason=000',
      from: 'chris@fabrikam.com',
      forefront: 'CIP:203.0.113.20;SCL:5;SFV:SPM;CAT:SPOOF;DIR:INB;',
    });
    expect(ids(diagnoseHeaders(spoof))).not.toContain('junked-for-content');
    const impersonation = exoBlock({
      authResults: passing,
      from: 'chris@fabrikam.com',
      forefront: 'CIP:203.0.113.20;SCL:5;SFV:SPM;CAT:UIMP;SFTY:9.20;DIR:INB;',
    });
    expect(ids(diagnoseHeaders(impersonation))).not.toContain('junked-for-content');
  });
});
