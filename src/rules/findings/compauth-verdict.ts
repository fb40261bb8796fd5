/** Which compauth finding Microsoft's composite authentication verdict is reported as, from the tables. */
import type { FindingId } from '../diagnosis';
import type { RuleFacts } from '../facts';
import { lookupAuthResult, lookupCompauthReason } from '../knowledge';

/**
 * The reason code's row (exact code, documented range, then family) decides; with no code, or a family
 * the table lacks, the compauth result's row does. Null when the verdict needs no compauth finding.
 */
export function compauthFindingOf(facts: RuleFacts): FindingId | null {
  const compauth = facts.auth.compauth;
  if (!compauth) return null;
  const hit = compauth.reason ? lookupCompauthReason(compauth.reason) : null;
  if (hit) return hit.row.finding;
  return lookupAuthResult('compauth', compauth.result)?.finding ?? null;
}

/** The compauth finding `id` applies to this message. */
export function compauthReportsAs(facts: RuleFacts, id: FindingId): boolean {
  return compauthFindingOf(facts) === id;
}

/** The reason as shown in titles: the code, or "(none)". */
export function shownReason(facts: RuleFacts): string {
  return facts.auth.compauth?.reason ?? '(none)';
}
