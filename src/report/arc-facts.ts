/**
 * The ARC row's facts, kept apart: what the receiver reported (its own arc= result, or none) and what the
 * seals show (who sealed, and what the outermost sealer found of the chain before it). A seal's cv=none on
 * i=1 only marks the start of the chain, so it is never shown as the receiver's "none".
 */
import type { ArcSummary } from '../rules/diagnosis';

/** The receiver's ARC result, or null when its Authentication-Results carry none. */
export function arcReported(arc: ArcSummary): string | null {
  return arc.reported ? arc.result : null;
}

/** What the seals show, in short phrases: the sealers, then the outermost seal's cv= in words. */
export function arcSealFacts(arc: ArcSummary): string[] {
  if (arc.sealers.length === 0) return arc.outerSeal ? [] : ['no ARC seal'];
  const facts = [`sealed by ${arc.sealers.join(', ')}`];
  const seal = arc.outerSeal;
  const at = seal?.instance !== null && seal?.instance !== undefined ? `i=${seal.instance}` : 'the last seal';
  if (seal?.cv === 'pass') facts.push(`${at} found the chain before it intact (cv=pass)`);
  else if (seal?.cv === 'fail') facts.push(`${at} found the chain before it broken (cv=fail)`);
  else if (seal?.cv === 'none') facts.push(`${at} starts the chain (cv=none)`);
  return facts;
}
