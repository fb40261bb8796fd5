/**
 * What the scan keeps of each message: a few fields of its Diagnosis, small enough for a worker to send
 * back and for 100,000 of them to be summed without holding the diagnoses.
 */
import type { MessagePlace } from '../../messages/extract';
import type { Diagnosis, FindingId, Owner, TrustLevel, Verdict } from '../../rules/diagnosis';

export interface ScanFinding {
  id: FindingId;
  owner: Owner;
}

export interface MessageRecord {
  file: string;
  /** 1-based position of the message in its file (an mbox holds several). */
  index: number;
  /** "attached message 1 of 2" for an original attached to the file's message; null for the file's own. */
  attachment: string | null;
  from: string | null;
  domain: string | null;
  verdict: Verdict;
  trust: TrustLevel;
  /** The most severe finding first, as the engine orders them. */
  findings: ScanFinding[];
  /** The sending IP the receiver saw, when the headers name one. */
  ip: string | null;
}

/**
 * An input that could not be diagnosed: a file, or one message of it (`index` in an mbox, `attachment`
 * for an attached original) when they are set.
 */
export interface ErrorRecord {
  file: string;
  index?: number;
  attachment?: string;
  error: string;
}

export type ScanRecord = MessageRecord | ErrorRecord;

export function isError(record: ScanRecord): record is ErrorRecord {
  return 'error' in record;
}

export function messageRecord(file: string, place: MessagePlace, diagnosis: Diagnosis): MessageRecord {
  return {
    file,
    index: place.index ?? 1,
    attachment: place.attachment,
    from: diagnosis.message.from,
    domain: diagnosis.message.fromDomain,
    verdict: diagnosis.verdict,
    trust: diagnosis.trust.level,
    findings: diagnosis.findings.map(({ id, owner }) => ({ id, owner })),
    ip: diagnosis.auth.spf?.ip ?? null,
  };
}

export function errorRecord(file: string, place: MessagePlace, error: string): ErrorRecord {
  return {
    file,
    ...(place.index === null ? {} : { index: place.index }),
    ...(place.attachment === null ? {} : { attachment: place.attachment }),
    error,
  };
}
