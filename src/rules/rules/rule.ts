import type { DkimSummary, Evidence, Finding, Severity } from '../diagnosis';
import type { RuleFacts } from '../facts';

/** A rule: a small pure function from the facts of one message to zero or more findings. */
export type Rule = (facts: RuleFacts) => Finding[];

/**
 * Severity of an authentication problem that is not itself the receiver's verdict (spf-none, dkim-fail,
 * no-authentication, dmarc-alignment, …): an error when the message fails for it (junked, quarantined or
 * rejected); a warning when it was accepted anyway, weak but passing: another aligned method carries
 * DMARC (the decision matrix's "SPF only fails" / "DKIM only fails" rows) or Microsoft's composite
 * authentication passed or soft-passed ("a softpass is not a failure", compauth guide).
 */
export function failureSeverity(facts: RuleFacts): Severity {
  return facts.carried || facts.acceptedByReceiver ? 'warning' : 'error';
}

/**
 * A finding points at the first lines that prove it; a hostile block with thousands of results must not
 * make every finding carry thousands of evidence items.
 */
const MAX_EVIDENCE = 12;

/**
 * Evidence lists without repeats (same header, line and text), at most MAX_EVIDENCE long, and without
 * items whose text is empty: an empty field proves nothing.
 */
export function uniqueEvidence<T extends { header: string; line: number; text: string }>(items: T[]): T[] {
  const seen = new Set<string>();
  const kept: T[] = [];
  for (const e of items) {
    if (kept.length === MAX_EVIDENCE) break;
    if (e.text.trim() === '') continue;
    const key = `${e.header}\n${e.line}\n${e.text}`;
    if (seen.has(key)) continue;
    seen.add(key);
    kept.push(e);
  }
  return kept;
}

/** The evidence lines of some of the DKIM results (objects taken from facts.auth.dkim). */
export function dkimEvidence(facts: RuleFacts, wanted: DkimSummary[]): Evidence[] {
  const set = new Set(wanted);
  return uniqueEvidence(
    facts.auth.dkim.flatMap((d, i) => (set.has(d) ? (facts.evidence.dkim[i] ?? []) : [])),
  );
}

/**
 * The evidence, or when no specific line was found (e.g. the verdict has no dkim= result at all), the
 * receiver's Authentication-Results itself: its silence is the proof.
 */
export function evidenceOrVerdict(facts: RuleFacts, evidence: Evidence[]): Evidence[] {
  return evidence.length > 0 ? evidence : uniqueEvidence(facts.verdictEvidence);
}
