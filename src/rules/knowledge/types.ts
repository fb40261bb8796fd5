/** Shapes shared by the knowledge tables in this folder. Each row cites where its words come from. */
import type { FindingId, FixStep } from '../diagnosis';

/** A citation: the seed or reference document and, where useful, the section or table. */
export interface Source {
  /** e.g. "seeds/compauth-reason-codes-guide.txt", "reference/header-facts.md", "RFC 8601 §2.2". */
  doc: string;
  /** e.g. "The complete compauth reason codes table". */
  section: string;
  /** Public page behind the document, when there is one. */
  url?: string;
}

export type CompauthResult = 'pass' | 'fail' | 'softpass' | 'none' | 'n/a';

/** One row of the compauth reason-code table, exact codes ("001") and families ("1xx"). */
export interface CompauthReasonRow {
  /** "000" … "905" or a family such as "1xx", or a range such as "701-704". */
  code: string;
  compauth: CompauthResult;
  /**
   * The finding this code (or family) is reported as; null for passes `authenticated` covers and for
   * codes with nothing to fix (501/502). A row more specific than its family wins (lookupCompauthReason).
   */
  finding: FindingId | null;
  meaning: string;
  typicalCause: string;
  resolution: string;
  /** False for codes Microsoft does not document (604, 605, 703): say so, treat by family. */
  documented: boolean;
  source: Source;
}

/** One value of an antispam field (SFV:SPM, CAT:SPOOF, SCL 5, …). */
export interface AntispamValueRow {
  field: string;
  /** Exact value, or for SCL/BCL/PCL a range "5-6". */
  value: string;
  meaning: string;
  documented: boolean;
  source: Source;
  /** Only in older Microsoft documentation or older samples (SFV:SKI, CAT:NONE, SFTY 9.1 …). */
  older?: boolean;
  /** A verdict only Microsoft Defender for Office 365 produces (CAT:BIMP, DIMP, GIMP, SAP, UIMP). */
  defenderForOffice365?: boolean;
  /** SFTY: the value flags the From domain as spoofed (one of your own domains: intra-org) or impersonated. */
  spoofVerdict?: 'spoof' | 'intra-org-spoof' | 'impersonation';
  /** SFV: the verdict sends the message to Junk or quarantine. */
  junks?: boolean;
}

/** Which receiving system defines an NDR status code (Gmail and Exchange Online reuse 5.7.25). */
export type NdrSystem = 'Exchange Online' | 'Outlook.com' | 'Gmail';

/** Who can act on an NDR: the sending domain's admin, or the admin of the receiving/relaying side. */
export type NdrOwner = 'sender-admin' | 'recipient-admin';

/** A fix step of an NDR row: words only, or words and the record to publish. */
export type NdrFixStep = string | FixStep;

/** One enhanced status code (RFC 3463) that a receiver returns for an authentication problem. */
export interface NdrCodeRow {
  /** "5.7.23", or both forms a receiver uses, e.g. "4.7.27/5.7.27". */
  code: string;
  system: NdrSystem;
  meaning: string;
  likelyCause: string;
  owner: NdrOwner;
  /** Fix steps; may hold the placeholders {domain} and {ip} (in the text and in a step's code). */
  fix: NdrFixStep[];
  /** URLs (see references.ts). */
  references: string[];
  source: Source;
}

/** What a field of X-Forefront-Antispam-Report or X-Microsoft-Antispam means. */
export interface AntispamFieldRow {
  field: string;
  header: 'X-Forefront-Antispam-Report' | 'X-Microsoft-Antispam';
  meaning: string;
  /** True when the field has a value table (SFV, CAT, SCL …); decode the value through it. */
  hasValueTable: boolean;
  documented: boolean;
  source: Source;
}

/** The authentication methods whose results the Authentication-Results header reports. */
export type AuthMethod = 'spf' | 'dkim' | 'dmarc' | 'compauth';

/** What one result of one method means (spf=softfail, dmarc=bestguesspass, compauth=softpass …). */
export interface AuthResultRow {
  method: AuthMethod;
  result: string;
  meaning: string;
  /** True when the method passed (or passed in Microsoft's inferred sense, e.g. bestguesspass). */
  passing: boolean;
  /** compauth only: the finding a verdict is reported as when its reason code does not decide (none, unknown family). */
  finding?: FindingId | null;
  source: Source;
}

/** One DMARC policy (p=) or disposition (Gmail's dis=) value: what the receiver was asked to do, or did. */
export interface DmarcPolicyRow {
  policy: string;
  meaning: string;
  /** True when failing mail under this policy is quarantined or rejected. */
  enforced: boolean;
  source: Source;
}

/** One value of Microsoft's DMARC `action=` property. */
export interface DmarcActionRow {
  action: string;
  meaning: string;
  /** True when the sender's DMARC policy was applied to this message (quarantine or reject behaviour). */
  enforced: boolean;
  source: Source;
}

/** A value of X-MS-Exchange-Organization-AuthAs. */
export interface AuthAsRow {
  value: string;
  meaning: string;
  /** Mail from inside the organization: Exchange checks no SPF, DKIM or DMARC and stamps no results. */
  internal: boolean;
  source: Source;
}
