/**
 * Helpers for the rules tests: realistic header blocks assembled from the documented formats, and checks
 * that a finding carries what the contract promises (owner, severity, filled fix, evidence on the real
 * line, references).
 */
import { diagnoseHeaders } from '../../src/rules';
import type { Diagnosis, Finding, FindingId, Owner, Severity } from '../../src/rules/diagnosis';

/** 1-based line of the first line of `raw` that contains `needle` (fails the test when absent). */
export function lineOf(raw: string, needle: string): number {
  const index = raw.split(/\r?\n/).findIndex((l) => l.includes(needle));
  if (index < 0) throw new Error(`"${needle}" is not in the block`);
  return index + 1;
}

export interface ExoOptions {
  /** Authentication-Results value, folded lines joined by "\n " as Exchange Online writes them. */
  authResults: string;
  from: string;
  /** The X-Forefront-Antispam-Report value, e.g. "CIP:203.0.113.20;CTRY:US;…". */
  forefront?: string;
  /** Extra header lines placed after the Authentication-Results. */
  extra?: string[];
  /** The Received line of the connecting server, e.g. "mail.contoso.com (203.0.113.20)". */
  connecting?: string;
  subject?: string;
}

/**
 * An Exchange Online inbound block as Outlook shows it: the mailbox server hops on top, then
 * Authentication-Results, the connecting hop, X-Forefront-Antispam-Report, then the message fields.
 */
export function exoBlock(o: ExoOptions): string {
  return [
    'Received: from SA1PR15MB5170.namprd15.prod.outlook.com (2603:10b6:806:238::9)',
    ' by PH0PR15MB4783.namprd15.prod.outlook.com with HTTPS; Mon, 23 Nov 2026',
    ' 10:02:16 +0000',
    'Received: from BN2PEPF000044A8.namprd04.prod.outlook.com',
    ' (2603:10b6:408:111:cafe::5e) by SA1PR15MB5170.namprd15.prod.outlook.com',
    ' (2603:10b6:806:238::9) with Microsoft SMTP Server (version=TLS1_3,',
    ' cipher=TLS_AES_256_GCM_SHA384) id 15.20.8207.12 via Frontend Transport; Mon,',
    ' 23 Nov 2026 10:02:15 +0000',
    `Authentication-Results: ${o.authResults}`,
    ...(o.extra ?? []),
    `Received: from ${o.connecting ?? 'mail.sender.example (203.0.113.20)'} by`,
    ' BN2PEPF000044A8.mail.protection.outlook.com (10.167.243.159) with Microsoft',
    ' SMTP Server (version=TLS1_3, cipher=TLS_AES_256_GCM_SHA384) id 15.20.8207.11',
    ' via Frontend Transport; Mon, 23 Nov 2026 10:02:14 +0000',
    ...(o.forefront ? [`X-Forefront-Antispam-Report: ${o.forefront}`] : []),
    `From: ${o.from}`,
    'To: Megan Bowen <meganb@fabrikam.com>',
    `Subject: ${o.subject ?? 'Quarterly report'}`,
    'Date: Mon, 23 Nov 2026 10:02:09 +0000',
    'Message-ID: <20261123100209.4411@mail.sender.example>',
    'MIME-Version: 1.0',
    'Content-Type: text/plain; charset="us-ascii"',
    '',
  ].join('\n');
}

function findingOf(d: Diagnosis, id: FindingId): Finding {
  const f = d.findings.find((x) => x.id === id);
  if (!f) throw new Error(`no ${id} finding; got ${d.findings.map((x) => x.id).join(', ') || 'none'}`);
  return f;
}

export function ids(d: Diagnosis): string[] {
  return d.findings.map((f) => f.id);
}

export interface FindingExpectation {
  severity: Severity;
  owner: Owner;
  /**
   * Each text must appear in a fix step of the owner's plan up to this finding: the engine gives each step
   * once per owner, in the first (most severe) finding that prescribes it.
   */
  fixContains?: string[];
  /** Each needle must be the text of a line that some evidence item points at. */
  evidenceOn?: string[];
}

/**
 * Asserts a finding's contract: severity, owner, a title and an explanation, fix steps with this message's
 * data, evidence whose line numbers point at the lines holding the proof, and references to public pages.
 */
export function expectFinding(raw: string, d: Diagnosis, id: FindingId, want: FindingExpectation): Finding {
  const f = findingOf(d, id);
  expect(f.severity).toBe(want.severity);
  expect(f.owner).toBe(want.owner);
  expect(f.title.length).toBeGreaterThan(5);
  expect(f.explanation.length).toBeGreaterThan(20);
  expect(f.fix.length).toBeGreaterThan(0);
  const plan = d.findings.slice(0, d.findings.indexOf(f) + 1).filter((x) => x.owner === f.owner);
  for (const text of want.fixContains ?? []) {
    expect(plan.flatMap((x) => x.fix).join('\n')).toContain(text);
  }
  const lines = f.evidence.map((e) => e.line);
  for (const needle of want.evidenceOn ?? []) {
    expect(lines).toContain(lineOf(raw, needle));
  }
  for (const e of f.evidence) {
    expect(e.line).toBeGreaterThan(0);
    expect(e.header.length).toBeGreaterThan(0);
  }
  expect(f.references.length).toBeGreaterThan(0);
  for (const url of f.references) expect(url).toMatch(/^https:\/\//);
  return f;
}

export { diagnoseHeaders };
