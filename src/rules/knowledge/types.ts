/** Shapes shared by the knowledge tables in this folder. Each row cites where its words come from. */

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
}
