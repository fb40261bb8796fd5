/**
 * One diagnosis as the pane shows it: the engine's Diagnosis plus the raw lines (for the raw view and
 * evidence highlighting). The pane computes nothing itself; it only calls the engine.
 */
import { parseHeaders } from '../parser';
import { diagnose } from '../rules';
import type { Diagnosis } from '../rules/diagnosis';

export type AnalysisSource = 'mailbox' | 'paste' | 'file' | 'sample';

export interface Analysis {
  /** Unique per diagnosis, so views keyed by it never keep state from an earlier message. */
  id: number;
  source: AnalysisSource;
  /** What was diagnosed, for the reader: the file name, the sample's name, "Pasted headers", … */
  label: string;
  diagnosis: Diagnosis;
  /**
   * The raw block split into physical lines (index 0 = line 1), as the parser numbered them. Split when
   * first read (the details and the raw view read it): the first verdict does not wait for it.
   */
  readonly lines: string[];
}

let nextId = 1;

/**
 * Throws when the text holds no header field at all (prose, a message body): a diagnosis of nothing would
 * read as "Unknown" rather than "these are not headers". The command line refuses such input the same way.
 * `recipient`: the signed-in mailbox, so look-alikes of the reader's own domain are recognised.
 */
export function analyzeHeaders(
  raw: string,
  source: AnalysisSource,
  label: string,
  recipient: string | null = null,
): Analysis {
  const parsed = parseHeaders(raw);
  if (parsed.fields.length === 0) {
    throw new Error('no header fields found (expected lines like "Authentication-Results: …")');
  }
  return {
    id: nextId++,
    source,
    label,
    diagnosis: diagnose(parsed, { recipient }),
    get lines(): string[] {
      return parsed.lines;
    },
  };
}

/** Whether a header block is a bounce's, whose body (not in the headers) states the status; and the two joined. */
export { isBounce, withBody } from '../messages/bounce-body';
