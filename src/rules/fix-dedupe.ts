/**
 * One fix plan per owner: a step that an earlier finding of the same owner already gives (the same
 * record or command, or the same words without one) is left out of the later finding, so a report never
 * asks the same admin to run `Set-DkimSigningConfig` four times. Findings come ranked, so the step stays
 * with the most severe finding that prescribes it.
 */
import type { Finding, FixStep, Owner } from './diagnosis';
import { fixStepText } from './fix-step-text';

function stepKey(step: FixStep): string {
  const { code } = step;
  return code ? `${code.kind}\u0000${code.host ?? ''}\u0000${code.value}` : `text\u0000${step.text}`;
}

export function dedupeFixSteps(findings: readonly Finding[]): Finding[] {
  // Per owner: each step already given, with the title of the finding that gives it.
  const given = new Map<Owner, Map<string, string>>();
  return findings.map((finding) => {
    const seen = given.get(finding.owner) ?? new Map<string, string>();
    given.set(finding.owner, seen);
    const earlier: string[] = [];
    const kept = finding.fixSteps.filter((step) => {
      const key = stepKey(step);
      const title = seen.get(key);
      if (title !== undefined) {
        earlier.push(title);
        return false;
      }
      seen.set(key, finding.title);
      return true;
    });
    if (earlier.length === 0) return finding;
    // A finding whose every step is given above still says what to do: point at those steps.
    const steps = kept.length > 0 ? kept : [{ text: `The steps under "${earlier[0]}" fix this too.` }];
    return { ...finding, fixSteps: steps, fix: steps.map(fixStepText) };
  });
}
