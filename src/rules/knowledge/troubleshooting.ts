/**
 * The troubleshooting guide's quick-reference symptom tables and its combined-failure and real-world
 * scenarios. Texts are the seed's own words: the rules use them for explanations and fixes, and the
 * example headers are the seed's examples (continuation lines unindented, as the seed prints them).
 */
import type { ScenarioRow, SymptomRow, SymptomTopic } from './types';
import { REFERENCES } from './references';
import { SOURCES } from './sources';

const SECTION: Record<SymptomTopic, string> = {
  spf: 'Quick-reference troubleshooting tables: SPF failures',
  dkim: 'Quick-reference troubleshooting tables: DKIM failures',
  dmarc: 'Quick-reference troubleshooting tables: DMARC failures',
  compauth: 'Quick-reference troubleshooting tables: Composite authentication failures',
  ndr: 'Quick-reference troubleshooting tables: NDRs for email authentication failures',
};

function symptom(
  topic: SymptomTopic,
  text: string,
  likelyCause: string,
  guidance: string,
  guidanceUrls: string[],
): SymptomRow {
  return {
    topic,
    symptom: text,
    likelyCause,
    guidance,
    guidanceUrls,
    source: { ...SOURCES.quickReference, section: SECTION[topic] },
  };
}

export const SYMPTOMS: SymptomRow[] = [
  symptom(
    'spf',
    'SPF check returns none (no record found)',
    'No SPF TXT record is published for the sending domain in DNS.',
    'Set up SPF to identify valid email sources',
    [REFERENCES.SPF_SETUP],
  ),
  symptom(
    'spf',
    'SPF check returns permerror',
    'The SPF record exceeds the 10 DNS lookup limit, or multiple SPF records exist for the same domain.',
    'Set up SPF - Troubleshooting',
    [REFERENCES.SPF_TROUBLESHOOTING],
  ),
  symptom(
    'spf',
    'SPF check returns temperror',
    'A temporary DNS failure occurred when querying the SPF record (the authoritative DNS server was unreachable or timed out).',
    'Set up SPF - Troubleshooting',
    [REFERENCES.SPF_TROUBLESHOOTING],
  ),
  symptom(
    'spf',
    'SPF check returns softfail or fail',
    "The sending IP address isn't included in the domain's SPF record. This result is common after adding a new email service or non-Microsoft relay.",
    'Set up SPF to identify valid email sources',
    [REFERENCES.SPF_SETUP],
  ),
  symptom(
    'spf',
    'SPF passes, but mail is still marked as spam',
    "SPF alone doesn't prevent spoofing. DKIM and DMARC are also needed. Composite authentication might still fail.",
    'How SPF, DKIM, and DMARC work together',
    [REFERENCES.AUTH_WORK_TOGETHER],
  ),
  symptom(
    'spf',
    'Forwarded messages fail SPF',
    "The forwarding server's IP isn't in the original sender's SPF record. This behavior is expected.",
    'Configure trusted ARC sealers',
    [REFERENCES.ARC_SEALERS],
  ),
  symptom(
    'dkim',
    'dkim=none (no signature found)',
    "DKIM signing isn't configured for the sending domain, or the message wasn't signed.",
    'Set up DKIM to sign mail from your domain',
    [REFERENCES.DKIM_SETUP],
  ),
  symptom(
    'dkim',
    'dkim=fail (signature verification failed)',
    "The DKIM public key in DNS doesn't match the private key used to sign the message, or the selector record is missing.",
    'Set up DKIM to sign mail from your domain',
    [REFERENCES.DKIM_SETUP],
  ),
  symptom(
    'dkim',
    "dkim=fail (body hash didn't verify)",
    'The message body was modified after signing (for example, by a mailing list, transport rule, or intermediary service).',
    'Configure trusted Authenticated Received Chain (ARC) sealers',
    [REFERENCES.ARC_SEALERS],
  ),
  symptom(
    'dkim',
    'DKIM key lookup times out',
    'The DKIM TXT record is too large or the authoritative DNS server is slow to respond, causing lookup timeouts.',
    'Set up DKIM to sign mail from your domain',
    [REFERENCES.DKIM_SETUP],
  ),
  symptom(
    'dkim',
    "DKIM toggle doesn't work in the Defender portal",
    "The required Canonical Name (CNAME) records aren't created at the domain registrar, or DNS propagation isn't complete.",
    'Troubleshoot DKIM DNS configuration',
    [REFERENCES.DKIM_CNAME_SETUP],
  ),
  symptom(
    'dmarc',
    'dmarc=fail action=quarantine or dmarc=fail action=oreject',
    "SPF and DKIM didn't pass with alignment to the From address domain. The sender's DMARC policy specifies quarantine or reject.",
    'Set up DMARC for your domain',
    [REFERENCES.DMARC_SETUP],
  ),
  symptom(
    'dmarc',
    'dmarc=bestguesspass',
    "No DMARC record exists for the sender's domain. Microsoft 365 inferred a pass using heuristics.",
    'Composite authentication',
    [REFERENCES.COMPOSITE_AUTH],
  ),
  symptom(
    'dmarc',
    'DMARC fails due to domain misalignment',
    "The MAIL FROM (envelope sender) domain differs from the From (header) address domain, and SPF or DKIM doesn't align with the From domain.",
    'How SPF, DKIM, and DMARC work together',
    [REFERENCES.AUTH_WORK_TOGETHER],
  ),
  symptom(
    'dmarc',
    'Legitimate forwarded mail rejected by DMARC',
    "Forwarding breaks SPF alignment, and if DKIM also fails (body modified), DMARC fails. ARC sealing isn't configured.",
    'Configure trusted ARC sealers',
    [REFERENCES.ARC_SEALERS],
  ),
  symptom(
    'dmarc',
    'DMARC reports show unexpected failures',
    "Non-Microsoft services sending on behalf of your domain aren't included in your SPF record or aren't DKIM-signing with your domain.",
    'Set up SPF and Set up DKIM',
    [REFERENCES.SPF_SETUP, REFERENCES.DKIM_SETUP],
  ),
  symptom(
    'compauth',
    'compauth=fail with reason 000',
    'The message failed explicit authentication. DMARC check failed and the DMARC policy is p=quarantine or p=reject.',
    'Authentication-Results message header',
    [REFERENCES.AUTH_RESULTS_HEADER],
  ),
  symptom(
    'compauth',
    'compauth=fail with reason 001',
    'The message failed implicit authentication. The sending domain has no email authentication records, or has a weak failure policy (~all or ?all).',
    'Authentication-Results message header',
    [REFERENCES.AUTH_RESULTS_HEADER],
  ),
  symptom(
    'compauth',
    'compauth=fail with reason 002',
    'A sender/domain pair is explicitly blocked from sending spoofed email in the organization.',
    'Spoof intelligence insight',
    [REFERENCES.SPOOF_INTELLIGENCE],
  ),
  symptom(
    'compauth',
    'compauth=fail with reason 010',
    "The message failed DMARC with the sender's policy set to reject or quarantine, and the sending domain is one of your organization's accepted domains.",
    'Spoof settings in anti-phishing policies',
    [REFERENCES.ANTI_PHISHING_SPOOF_SETTINGS],
  ),
  symptom(
    'ndr',
    'NDR with error code 550 5.7.23',
    'The SPF record for the sending domain is missing or misconfigured, causing the destination server to reject the message.',
    'Fix NDR error "550 5.7.23"',
    [REFERENCES.NDR_5_7_23],
  ),
  symptom(
    'ndr',
    'NDR with error code 5.7.367',
    'Forwarded or relayed messages from Microsoft 365 are rejected because DKIM/SPF fails after relay through a non-Microsoft gateway.',
    'Fix error code 5.7.367 in Exchange Online',
    [REFERENCES.NDR_5_7_367],
  ),
  symptom(
    'ndr',
    'NDR with error code 550 5.7.1',
    "The message was rejected as unauthorized. Common causes include an incomplete SPF record, incorrect connector configuration, or the destination server's security policies.",
    'Fix NDR error "550 5.7.1"',
    [REFERENCES.NDR_5_7_1],
  ),
];

function combined(section: string): ScenarioRow['source'] {
  return { ...SOURCES.combinedFailures, section: `Combined failure scenarios: ${section}` };
}

function realWorld(section: string): ScenarioRow['source'] {
  return { ...SOURCES.realWorld, section: `Common real-world scenarios: ${section}` };
}

export const SCENARIOS: ScenarioRow[] = [
  {
    id: 'spf-and-dkim-fail',
    kind: 'combined-failure',
    name: 'SPF and DKIM both fail',
    finding: 'spf-and-dkim-fail',
    exampleHeader: [
      'Authentication-Results: spf=fail smtp.mailfrom=contoso.com;',
      'dkim=fail header.d=contoso.com; dmarc=fail action=quarantine;',
      'compauth=fail reason=000',
    ].join('\n'),
    analysis:
      "Both SPF and DKIM authentication failed, so DMARC can't pass (DMARC needs at least one aligned pass). The message is likely quarantined or rejected.",
    diagnosticSteps: [
      'Identify the sending IP address in the message headers or by using Get-MessageTrace.',
      "Verify that the sending IP is included in the domain's SPF record.",
      'Verify that DKIM signing is enabled and the DKIM DNS CNAME records exist.',
      "Check whether an email gateway is modifying messages (which breaks DKIM) or sending from an IP that isn't in the SPF record.",
    ],
    fixSteps: [
      'Fix SPF first (DNS change only; fastest fix). See Set up SPF.',
      'Fix DKIM second (might need Microsoft 365 and DNS changes). See Set up DKIM.',
      'Verify DMARC alignment. See Set up DMARC.',
      'If a gateway is involved, implement ARC.',
    ],
    commands: [],
    references: [REFERENCES.SPF_SETUP, REFERENCES.DKIM_SETUP, REFERENCES.DMARC_SETUP, REFERENCES.ARC_SEALERS],
    source: combined('SPF and DKIM both fail'),
  },
  {
    id: 'spf-pass-dmarc-alignment',
    kind: 'combined-failure',
    name: 'SPF passes but DMARC fails due to alignment',
    finding: 'dmarc-alignment',
    exampleHeader: [
      'Authentication-Results: spf=pass smtp.mailfrom=service.contoso.com;',
      'dkim=fail header.d=contoso.com;',
      'dmarc=fail (SPF not aligned);',
      'compauth=fail reason=001',
    ].join('\n'),
    analysis:
      "SPF passes but the SPF domain doesn't align with the From address domain. DKIM also fails. DMARC needs at least one aligned pass, so it fails.",
    commonCause:
      'Forwarding or relay scenario where the envelope sender domain differs from the From address domain.',
    fixSteps: [
      'Enable DKIM signing for the From address domain. DKIM alignment provides the aligned pass that DMARC needs.',
    ],
    commands: ['Set-DkimSigningConfig -Identity contoso.com -Enabled $true'],
    references: [REFERENCES.DKIM_SETUP, REFERENCES.DMARC_SETUP],
    source: combined('SPF passes but DMARC fails due to alignment'),
  },
  {
    id: 'gateway-modifying',
    kind: 'combined-failure',
    name: 'Gateway or relay modifying messages',
    finding: 'gateway-modified',
    exampleHeader: [
      'Authentication-Results: spf=pass smtp.mailfrom=gateway.fabrikam.com;',
      'dkim=fail (body hash did not verify) header.d=contoso.com;',
      'dmarc=fail (no aligned pass)',
    ].join('\n'),
    analysis:
      "The message passed through a gateway or security service that modified the message body (for example, by adding a disclaimer or scan notice). The modification invalidated the DKIM signature. SPF passes for the gateway domain but doesn't align with the From domain.",
    fixSteps: [
      'Configure ARC on the gateway (recommended): ARC preserves authentication results through message modification. See Configure trusted ARC sealers.',
      'Configure the gateway to DKIM-sign after modification: The gateway adds its own valid DKIM signature with your domain after any content changes.',
      'Add the gateway to Enhanced Filtering for Connectors: Preserves the original sending IP for authentication evaluation. See Enhanced Filtering for Connectors.',
    ],
    commands: [],
    references: [REFERENCES.ARC_SEALERS, REFERENCES.ENHANCED_FILTERING],
    source: combined('Gateway or relay modifying messages'),
  },
  {
    id: 'forwarding',
    kind: 'combined-failure',
    name: 'Forwarding breaks authentication',
    finding: 'forwarding',
    exampleHeader: [
      'Authentication-Results: spf=fail (sender IP is 10.0.1.x)',
      'smtp.mailfrom=woodgrovebank.com;',
      'dkim=pass header.d=woodgrovebank.com;',
      'dmarc=fail (SPF failed, DKIM not aligned)',
    ].join('\n'),
    analysis:
      "A forwarded message fails SPF because the forwarding server's IP isn't in the original sender's SPF record. DKIM might pass if the message wasn't modified, but alignment with the From domain might still fail.",
    fixSteps: [
      'Configure trusted ARC sealers. Microsoft 365 already trusts ARC seals from major providers (for example, Google and Yahoo).',
      'If authentication still fails after ARC is in place, review your anti-phishing policy settings.',
    ],
    commands: [],
    references: [REFERENCES.ARC_SEALERS, REFERENCES.ANTI_PHISHING_SPOOF_SETTINGS],
    source: combined('Forwarding breaks authentication'),
  },
  {
    id: 'send-on-behalf',
    kind: 'real-world',
    name: 'Send on behalf of in Outlook',
    finding: 'send-on-behalf',
    exampleHeader: 'From: [email protected] on behalf of [email protected]',
    analysis: "SPF softfail or fail because the sending IP isn't authorized in the SPF record.",
    fixSteps: ['Add the sending IP or service include to the SPF record.'],
    commands: ['v=spf1 ip4:<sending-IP> include:spf.protection.outlook.com ~all'],
    references: [REFERENCES.SPF_SETUP],
    source: realWorld('Send on behalf of in Outlook'),
  },
  {
    id: 'marketing-automation',
    kind: 'real-world',
    name: 'Marketing automation fails DMARC',
    finding: 'third-party-sender',
    exampleHeader: [
      'Authentication-Results: spf=pass smtp.mailfrom=northwindtraders.com;',
      'dkim=pass header.d=northwindtraders.com;',
      'dmarc=fail (no aligned pass) header.from=contoso.com',
    ].join('\n'),
    analysis:
      'The marketing service (for example, Marketo or HubSpot) sends from its own infrastructure. SPF and DKIM both pass for the service domain, but neither aligns with the From address domain (contoso.com).',
    fixSteps: [
      'Configure the service to DKIM-sign with your domain (preferred).',
      "Add the service's SPF include to your domain's SPF record (provides aligned SPF pass).",
      'Use a subdomain for marketing mail (for example, marketing.contoso.com): configure SPF and DKIM for the subdomain at the service, set relaxed alignment in your DMARC record, and add a subdomain policy to DMARC.',
    ],
    commands: ['aspf=r; adkim=r', 'v=DMARC1; p=quarantine; sp=none; rua=mailto:[email protected]'],
    references: [REFERENCES.DKIM_SETUP, REFERENCES.SPF_SETUP, REFERENCES.DMARC_SETUP],
    source: realWorld('Marketing automation fails DMARC'),
  },
  {
    id: 'cloud-gateway',
    kind: 'real-world',
    name: 'Cloud email security gateway breaks authentication',
    finding: 'gateway-modified',
    exampleHeader: [
      'Authentication-Results: spf=pass smtp.mailfrom=tailspintoys.com;',
      'dkim=fail (body hash did not verify) header.d=contoso.com;',
      'dmarc=fail',
    ].join('\n'),
    analysis:
      "A non-Microsoft email security service (for example, Proofpoint or Mimecast) modifies the message, which breaks DKIM. The gateway's SPF passes for its own domain but doesn't align with the From domain.",
    fixSteps: [
      'Configure the gateway for ARC (recommended; requires gateway support).',
      "Configure Enhanced Filtering for Connectors to skip the gateway's IP in authentication evaluation. See Enhanced Filtering for Connectors.",
      'Configure the gateway to preserve or re-sign DKIM after processing.',
    ],
    commands: [],
    references: [REFERENCES.ARC_SEALERS, REFERENCES.ENHANCED_FILTERING],
    source: realWorld('Cloud email security gateway breaks authentication'),
  },
  {
    id: 'partner-quarantined',
    kind: 'real-world',
    name: 'Partner domain emails quarantined despite valid authentication',
    finding: 'spoof-intelligence',
    exampleHeader: [
      'Authentication-Results: spf=pass smtp.mailfrom=wingtiptoys.com;',
      'dkim=pass header.d=wingtiptoys.com;',
      'dmarc=pass header.from=wingtiptoys.com;',
      'compauth=fail reason=001',
    ].join('\n'),
    analysis:
      "All standard authentication passes, but Microsoft's composite authentication still fails. Spoof intelligence is likely flagging the partner domain due to cross-tenant trust issues.",
    fixSteps: [
      'Add the partner domain to the spoof allow list by using the Tenant Allow/Block List (Exchange Online PowerShell).',
    ],
    commands: [
      'New-TenantAllowBlockListSpoofItems -SpoofedUser "*@wingtiptoys.com" -SendingInfrastructure wingtiptoys.com -SpoofType External -Action Allow',
    ],
    references: [REFERENCES.TENANT_ALLOW_BLOCK_SPOOF, REFERENCES.SPOOF_INTELLIGENCE],
    source: realWorld('Partner domain emails quarantined despite valid authentication'),
  },
];

/** A seed example as a parseable header block: continuation lines get the folding whitespace the seed dropped. */
export function asHeaderBlock(example: string): string {
  return example
    .split('\n')
    .map((line, index) => (index === 0 || /^[ \t]/.test(line) ? line : ` ${line}`))
    .join('\n');
}
