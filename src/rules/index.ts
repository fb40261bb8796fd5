import type { ParsedMessage } from '../parser/types';
import { parseHeaders } from '../parser';
import type { Diagnosis } from './diagnosis';
import { diagnoseParsed } from './engine';

/** Facts → Diagnosis (DESIGN.md). Never throws. */
export function diagnose(parsed: ParsedMessage): Diagnosis {
  return diagnoseParsed(parsed);
}

/** Raw header block (pasted text or .eml) → Diagnosis. Never throws. */
export function diagnoseHeaders(raw: string): Diagnosis {
  return diagnose(parseHeaders(raw));
}

export type { Diagnosis, Finding, FindingId, Severity, Owner, Verdict } from './diagnosis';
export { FINDING_IDS, DIAGNOSIS_SCHEMA } from './diagnosis';
export { dmarcAlignment, organizationalDomain } from './alignment';
