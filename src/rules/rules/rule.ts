import type { Finding, Severity } from '../diagnosis';
import type { RuleFacts } from '../facts';

/** A rule: a small pure function from the facts of one message to zero or more findings. */
export type Rule = (facts: RuleFacts) => Finding[];

/**
 * Severity of a single-method problem (spf-none, dkim-fail, …): an error when nothing else carries DMARC
 * (the message gets junked or rejected), a warning when another aligned method still carries it
 * (weak but passing: the decision matrix's "SPF only fails" / "DKIM only fails" rows).
 */
export function methodSeverity(facts: RuleFacts): Severity {
  return facts.carried ? 'warning' : 'error';
}

/** Evidence lists without repeats (same header, line and text). */
export function uniqueEvidence<T extends { header: string; line: number; text: string }>(items: T[]): T[] {
  const seen = new Set<string>();
  return items.filter((e) => {
    const key = `${e.header}\n${e.line}\n${e.text}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
