/**
 * The Diagnosis: the public contract printed by `auth-doctor --json` and rendered by the task pane
 * (docs/diagnosis.md, schema/diagnosis.schema.json). Field names and finding ids are public: never rename, only add.
 */

import { FINDINGS } from './findings';

export const DIAGNOSIS_SCHEMA = 'auth-doctor/diagnosis@1' as const;

export type Verdict = 'pass' | 'attention' | 'fail' | 'unknown';
export type Severity = 'error' | 'warning' | 'info';
export type Owner = 'sender-admin' | 'recipient-admin' | 'user' | 'none';

/**
 * The catalogue of finding ids (DESIGN.md "Finding catalogue"), in the registry's root-cause-first order:
 * one module per id in ./findings, so an id exists exactly when its module does.
 */
export type FindingId = (typeof FINDINGS)[number]['meta']['id'];
export const FINDING_IDS: readonly FindingId[] = FINDINGS.map((module) => module.meta.id);

/** What a fix step asks to publish or run: a DNS record, a PowerShell line or an admin-portal path. */
export interface FixCode {
  kind: 'dns-txt' | 'dns-cname' | 'powershell' | 'admin-portal';
  /** Paste-ready: the TXT value or CNAME target for DNS kinds, the whole line or path otherwise. */
  value: string;
  /** DNS kinds: the name the record lives at, e.g. "_dmarc.contoso.com". */
  host?: string;
}

/** One fix step: the words, and the code it prescribes, if any, to copy whole. */
export interface FixStep {
  text: string;
  code?: FixCode;
}

export interface Evidence {
  header: string;
  text: string;
  line: number;
}

/**
 * What a live DNS lookup the user asked for says about a finding (never set by diagnose()):
 * confirmed = DNS still shows the cause; fixed-since = DNS no longer does; contradicts = DNS shows another
 * problem than the headers; unavailable = the lookup failed.
 */
export interface FindingDns {
  checkedAt: string;
  resolver: string;
  state: 'confirmed' | 'fixed-since' | 'contradicts' | 'unavailable';
  detail: string;
}

export interface Finding {
  id: FindingId;
  severity: Severity;
  title: string;
  explanation: string;
  owner: Owner;
  /**
   * Steps with this message's real domains, IPs and selectors filled in, as plain text: fix[i] renders
   * fixSteps[i] (its code, when it has one, at the end between backticks).
   */
  fix: string[];
  /** The same steps with the record or command to copy kept apart from the words. */
  fixSteps: FixStep[];
  evidence: Evidence[];
  references: string[];
  /** Only after a DNS check (src/dns/apply.ts). */
  dns?: FindingDns;
}

/*
 * `aligned` (SPF and DKIM summaries) is an ALIGNED PASS, what DMARC counts (RFC 7489 §3.1, §4.2): the
 * result is pass AND the authenticated domain's organizational domain matches the From domain's (relaxed;
 * the exact name under strict, when known). Any other result (softfail, fail, temperror …) is false, never
 * "aligned"; null when either domain is unknown.
 */
export interface SpfSummary {
  result: string;
  /** smtp.mailfrom domain (or Received-SPF envelope-from / helo domain when that is all there is). */
  domain: string | null;
  /** Sender IP or null. */
  ip: string | null;
  aligned: boolean | null;
}

export interface DkimSummary {
  result: string;
  domain: string | null;
  selector: string | null;
  aligned: boolean | null;
  reason: string | null;
}

export interface DmarcSummary {
  result: string;
  action: string | null;
  policy: string | null;
  fromDomain: string | null;
}

export interface CompauthSummary {
  result: string;
  /** Always three characters, e.g. "001"; "" never appears: a missing reason is null. */
  reason: string | null;
  meaning: string;
  documented: boolean;
}

export interface ArcSummary {
  /** The receiver's arc= result; when it wrote none (`reported` false), the outermost seal's cv=. */
  result: string;
  /** d= of each ARC-Seal, outermost (highest i=) first. */
  sealers: string[];
  /** Whether the receiver's Authentication-Results carry an arc= result of its own. */
  reported: boolean;
  /**
   * The outermost seal: its i= and the cv= its sealer wrote about the chain before it (none on i=1, which
   * starts the chain); null without seals.
   */
  outerSeal: { instance: number | null; cv: string | null } | null;
  /**
   * Each ARC-Seal and ARC-Message-Signature with where its key is published (d=, s=), outermost first,
   * the seal before the message signature of the same instance.
   */
  signatures: ArcSignatureSummary[];
}

export interface ArcSignatureSummary {
  header: 'ARC-Seal' | 'ARC-Message-Signature';
  instance: number | null;
  domain: string | null;
  selector: string | null;
}

export interface AuthSummary {
  authservId: string | null;
  spf: SpfSummary | null;
  dkim: DkimSummary[];
  dmarc: DmarcSummary | null;
  compauth: CompauthSummary | null;
  arc: ArcSummary | null;
}

export interface DecodedAntispamField {
  field: string;
  value: string;
  meaning: string;
}

/** Raw antispam fields (SCL as a number when numeric) plus the decoded list. */
export interface AntispamSummary {
  [field: string]: string | number | DecodedAntispamField[];
  decoded: DecodedAntispamField[];
}

export interface HopSummary {
  from: string | null;
  by: string | null;
  with: string | null;
  at: string | null;
  delaySeconds: number | null;
}

export interface MessageSummary {
  from: string | null;
  fromDomain: string | null;
  mailFromDomain: string | null;
  subject: string | null;
  messageId: string | null;
  date: string | null;
  /** The From display name (decoded), or null when there is none. */
  fromName: string | null;
  /** Reply-To address, or null when absent. */
  replyTo: string | null;
  /** To and Cc as written ("Name <address>" or the address), at most MAX_LISTED_RECIPIENTS each. */
  to: string[];
  cc: string[];
}

export interface DiagnosisWarning {
  header: string;
  line: number;
  message: string;
}

/**
 * How far the reader can trust that the message comes from its From domain: `verified` = the From domain is
 * proven (aligned DMARC pass, or compauth pass on aligned results); `explained` = authentication failed
 * along a benign path the evidence shows (forwarding, list, gateway); `unverified` = nothing proves or
 * disproves it; `suspicious` = spoofing signals.
 */
export type TrustLevel = 'verified' | 'explained' | 'unverified' | 'suspicious';

/** One observation behind the trust level, in plain words, with the header lines that show it. */
export interface TrustSignal {
  id: TrustSignalId;
  text: string;
  evidence: Evidence[];
}

export const TRUST_SIGNAL_IDS = [
  'unrelated-infrastructure',
  'reply-to-elsewhere',
  'return-path-elsewhere',
  'display-name-address',
  'lookalike-domain',
  'receiver-phishing-verdict',
  'receiver-spoof-verdict',
  'receiver-impersonation-verdict',
  'spam-score',
  'bulk-score',
  'first-contact',
  'benign-route',
] as const;
export type TrustSignalId = (typeof TRUST_SIGNAL_IDS)[number];

/** The reader's answer: can I trust this message, and what do I do now. */
export interface Trust {
  level: TrustLevel;
  /** One plain sentence for the person reading the mail. */
  headline: string;
  /** The one next step. */
  advice: string;
  signals: TrustSignal[];
}

export interface Diagnosis {
  schema: typeof DIAGNOSIS_SCHEMA;
  verdict: Verdict;
  summary: string;
  message: MessageSummary;
  auth: AuthSummary;
  antispam: AntispamSummary | null;
  /** Oldest hop first. */
  hops: HopSummary[];
  /** Ordered error → warning → info. */
  findings: Finding[];
  warnings: DiagnosisWarning[];
  trust: Trust;
}
