/**
 * What the scan keeps of each message: a few fields of its Diagnosis, small enough for a worker to send
 * back and for 100,000 of them to be summed without holding the diagnoses.
 */
import type { Diagnosis, FindingId, Owner, TrustLevel, Verdict } from '../../rules/diagnosis';

export interface ScanFinding {
  id: FindingId;
  owner: Owner;
}

export interface MessageRecord {
  file: string;
  /** 1-based position of the message in its file (an mbox holds several). */
  index: number;
  from: string | null;
  domain: string | null;
  verdict: Verdict;
  trust: TrustLevel;
  /** The most severe finding first, as the engine orders them. */
  findings: ScanFinding[];
  /** The sending IP the receiver saw, when the headers name one. */
  ip: string | null;
}

/** An input (a file, or one message of an mbox when `index` is set) that could not be diagnosed. */
export interface ErrorRecord {
  file: string;
  index?: number;
  error: string;
}

export type ScanRecord = MessageRecord | ErrorRecord;

export function isError(record: ScanRecord): record is ErrorRecord {
  return 'error' in record;
}

export function messageRecord(file: string, index: number, diagnosis: Diagnosis): MessageRecord {
  return {
    file,
    index,
    from: diagnosis.message.from,
    domain: diagnosis.message.fromDomain,
    verdict: diagnosis.verdict,
    trust: diagnosis.trust.level,
    findings: diagnosis.findings.map(({ id, owner }) => ({ id, owner })),
    ip: diagnosis.auth.spf?.ip ?? null,
  };
}

export function errorRecord(file: string, index: number | null, error: string): ErrorRecord {
  return index === null ? { file, error } : { file, index, error };
}
