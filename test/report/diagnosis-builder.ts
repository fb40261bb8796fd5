/**
 * Hand-built Diagnosis objects for the report tests, so the renderers are tested on their own.
 * The default is the documented Exchange Online case of seeds/email-authentication-in-microsoft-365.md:
 * fabrikam.com with SPF none, no DKIM, no DMARC → compauth=fail reason=001, marked as spoof.
 */
import { DIAGNOSIS_SCHEMA, type Diagnosis, type Finding, type FixStep } from '../../src/rules/diagnosis';
import { fixStepText } from '../../src/rules/fix-step-text';

/** A finding; `fix` follows `fixSteps` (as the engine writes it) unless an override gives it. */
export function buildFinding(overrides: Partial<Finding> = {}): Finding {
  const fixSteps: FixStep[] = overrides.fixSteps ?? [
    {
      text: 'Publish an SPF TXT record at fabrikam.com:',
      code: { kind: 'dns-txt', host: 'fabrikam.com', value: 'v=spf1 ip4:10.2.3.4 -all' },
    },
    {
      text: 'Enable DKIM signing for fabrikam.com in Microsoft 365:',
      code: { kind: 'powershell', value: 'Set-DkimSigningConfig -Identity fabrikam.com -Enabled $true' },
    },
    {
      text: 'Publish a DMARC TXT record at _dmarc.fabrikam.com:',
      code: {
        kind: 'dns-txt',
        host: '_dmarc.fabrikam.com',
        value: 'v=DMARC1; p=none; rua=mailto:dmarc-reports@fabrikam.com',
      },
    },
    {
      text: 'When the reports show every legitimate source aligned, move DMARC to p=quarantine, then p=reject.',
    },
  ];
  return {
    id: 'compauth-implicit-failure',
    severity: 'error',
    title: 'Microsoft could not authenticate the sender (compauth=fail, reason 001)',
    explanation:
      'fabrikam.com publishes no DMARC record and neither SPF nor DKIM passed, so Microsoft 365 fell back on ' +
      'implicit authentication, which failed. The message was treated as spoofed.',
    owner: 'sender-admin',
    fix: fixSteps.map(fixStepText),
    fixSteps,
    evidence: [
      {
        header: 'Authentication-Results',
        text: 'dmarc=none action=none header.from=fabrikam.com; compauth=fail reason=001',
        line: 4,
      },
    ],
    references: [
      'https://learn.microsoft.com/en-us/defender-office-365/email-authentication-about',
      'https://learn.microsoft.com/en-us/defender-office-365/message-headers-eop-mdo#authentication-results-message-header-fields',
    ],
    ...overrides,
  };
}

export function buildDiagnosis(overrides: Partial<Diagnosis> = {}): Diagnosis {
  return {
    schema: DIAGNOSIS_SCHEMA,
    verdict: 'fail',
    summary:
      'Microsoft 365 treated this message as spoofed because fabrikam.com does not authenticate its mail ' +
      '(no SPF pass, no DKIM signature, no DMARC record).',
    message: {
      from: 'chris@fabrikam.com',
      fromDomain: 'fabrikam.com',
      mailFromDomain: 'fabrikam.com',
      subject: 'Quarterly report',
      messageId: '<CY4PR04MB0456.namprd04.prod.outlook.com@fabrikam.com>',
      date: '2024-05-02T09:14:27.000Z',
      fromName: 'Chris Green',
      replyTo: null,
      to: ['Megan Bowen <meganb@contoso.com>'],
      cc: [],
    },
    auth: {
      authservId: null,
      spf: { result: 'none', domain: 'fabrikam.com', ip: '10.2.3.4', aligned: true },
      dkim: [{ result: 'none', domain: null, selector: null, aligned: null, reason: 'message not signed' }],
      dmarc: { result: 'none', action: 'none', policy: null, fromDomain: 'fabrikam.com' },
      compauth: {
        result: 'fail',
        reason: '001',
        meaning:
          'Implicit authentication failed: the domain has no DMARC policy and the sender could not be verified.',
        documented: true,
      },
      arc: null,
    },
    antispam: {
      CIP: '10.2.3.4',
      CTRY: 'US',
      CAT: 'SPOOF',
      SFV: 'SPM',
      SCL: 5,
      SFTY: '9.19',
      decoded: [
        { field: 'CAT', value: 'SPOOF', meaning: 'Spoofing' },
        { field: 'SFV', value: 'SPM', meaning: 'Marked as spam by spam filtering' },
        { field: 'SCL', value: '5', meaning: 'Spam: delivered to the Junk Email folder' },
        { field: 'SFTY', value: '9.19', meaning: 'Domain impersonation' },
      ],
    },
    hops: [
      {
        from: 'mail.fabrikam.com',
        by: 'BN8NAM11FT011.mail.protection.outlook.com',
        with: 'ESMTP',
        at: '2024-05-02T09:14:28.000Z',
        delaySeconds: null,
      },
      {
        from: 'BN8NAM11FT011.eop-nam11.prod.protection.outlook.com',
        by: 'CY4PR04MB0456.namprd04.prod.outlook.com',
        with: 'HTTPS',
        at: '2024-05-02T09:14:31.000Z',
        delaySeconds: 3,
      },
    ],
    findings: [
      buildFinding(),
      buildFinding({
        id: 'spoof-verdict',
        severity: 'warning',
        title: 'Filtered as spoofing (CAT:SPOOF, SFTY 9.19)',
        explanation:
          'Exchange Online Protection classified the message as spoofing and sent it to Junk Email.',
        owner: 'recipient-admin',
        fixSteps: [
          {
            text: 'If fabrikam.com is a legitimate partner, allow the spoofed sender:',
            code: {
              kind: 'powershell',
              value:
                'New-TenantAllowBlockListSpoofItems -SpoofedUser "*@fabrikam.com" -SendingInfrastructure fabrikam.com -SpoofType External -Action Allow',
            },
          },
        ],
        evidence: [
          {
            header: 'X-Forefront-Antispam-Report',
            text: 'CIP:10.2.3.4;CTRY:US;CAT:SPOOF;SFV:SPM;SCL:5;SFTY:9.19',
            line: 9,
          },
        ],
        references: [
          'https://learn.microsoft.com/en-us/defender-office-365/anti-spoofing-spoof-intelligence',
        ],
      }),
    ],
    warnings: [{ header: 'Received', line: 14, message: 'date could not be read' }],
    trust: {
      level: 'suspicious',
      headline: 'Microsoft 365 judged that this message forges its sender.',
      advice: "Don't reply or click; report it (Outlook: Report ▸ Phishing).",
      signals: [
        {
          id: 'receiver-spoof-verdict',
          text: 'The receiving service flagged it: CAT:SPOOF (Spoofing).',
          evidence: [{ header: 'X-Forefront-Antispam-Report', text: 'CAT:SPOOF', line: 12 }],
        },
      ],
    },
    ...overrides,
  };
}
