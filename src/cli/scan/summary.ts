/**
 * The scan's totals, summed record by record as they arrive (in input order): verdicts, trust levels,
 * findings, and messages by From domain × finding × owner. Holds counts, not records, except the first
 * errors it lists.
 */
import type { FindingId, Owner, TrustLevel, Verdict } from '../../rules/diagnosis';
import { type ErrorRecord, type ScanRecord, isError } from './record';

/** Errors kept to be listed by name in the text and Markdown summaries; CSV and JSON lines give all. */
const LISTED_ERRORS = 50;

export interface DomainFindingCount {
  domain: string | null;
  id: FindingId;
  owner: Owner;
  messages: number;
}

export interface ScanTotals {
  files: number;
  messages: number;
  errors: number;
  listedErrors: ErrorRecord[];
  verdicts: Record<Verdict, number>;
  trust: Record<TrustLevel, number>;
  /** Messages with each finding, most first. */
  findings: Array<{ id: FindingId; messages: number }>;
  /** Most messages first. */
  byDomain: DomainFindingCount[];
}

export class ScanSummary {
  private files = 0;
  private lastFile: string | null = null;
  private messages = 0;
  private errors = 0;
  private readonly listedErrors: ErrorRecord[] = [];
  private readonly verdicts: Record<Verdict, number> = { fail: 0, attention: 0, pass: 0, unknown: 0 };
  private readonly trust: Record<TrustLevel, number> = {
    suspicious: 0,
    unverified: 0,
    explained: 0,
    verified: 0,
  };
  private readonly findings = new Map<FindingId, number>();
  private readonly byDomain = new Map<string, DomainFindingCount>();

  add(record: ScanRecord): void {
    // Records arrive in input order, so a file's records are consecutive.
    if (record.file !== this.lastFile) this.files++;
    this.lastFile = record.file;
    if (isError(record)) {
      this.errors++;
      if (this.listedErrors.length < LISTED_ERRORS) this.listedErrors.push(record);
      return;
    }
    this.messages++;
    this.verdicts[record.verdict]++;
    this.trust[record.trust]++;
    for (const { id, owner } of record.findings) {
      this.findings.set(id, (this.findings.get(id) ?? 0) + 1);
      const key = JSON.stringify([record.domain, id, owner]);
      const cell = this.byDomain.get(key);
      if (cell) cell.messages++;
      else this.byDomain.set(key, { domain: record.domain, id, owner, messages: 1 });
    }
  }

  totals(): ScanTotals {
    return {
      files: this.files,
      messages: this.messages,
      errors: this.errors,
      listedErrors: [...this.listedErrors],
      verdicts: { ...this.verdicts },
      trust: { ...this.trust },
      findings: [...this.findings]
        .map(([id, messages]) => ({ id, messages }))
        .sort((a, b) => b.messages - a.messages || compare(a.id, b.id)),
      byDomain: [...this.byDomain.values()].sort(
        (a, b) =>
          b.messages - a.messages ||
          compare(a.domain ?? '', b.domain ?? '') ||
          compare(a.id, b.id) ||
          compare(a.owner, b.owner),
      ),
    };
  }
}

/** Code-unit order: the same on every machine, unlike localeCompare. */
function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
