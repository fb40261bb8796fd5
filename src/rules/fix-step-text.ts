/**
 * The plain-text form of a fix step, shared by the rules (Finding.fix) and the reports and the pane (own
 * module without imports, so the pane's first load stays small).
 */
import type { FixCode, FixStep } from './diagnosis';

/** The code as one line: a DNS record as "host TXT "value"" (zone-file style), anything else as is. */
export function fixCodeLine(code: FixCode): string {
  if (code.host === undefined) return code.value;
  if (code.kind === 'dns-txt') return `${code.host} TXT "${code.value}"`;
  if (code.kind === 'dns-cname') return `${code.host} CNAME ${code.value}`;
  return code.value;
}

/** The step as Finding.fix holds it: the words, then the code between backticks. */
export function fixStepText(step: FixStep): string {
  return step.code ? `${step.text} \`${fixCodeLine(step.code)}\`` : step.text;
}
