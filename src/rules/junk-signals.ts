import type { ParsedMessage } from '../parser/types';
import type { Evidence } from './diagnosis';
import { evidenceOf } from './evidence';

/** The spam confidence level from which Exchange Online puts mail in Junk Email (5-6 spam, 9 high confidence). */
const JUNK_SCL = 5;

/** One reason the recipient's filtering junked the message, with the line that shows it. */
export interface JunkSignal {
  /** Plain words, e.g. "spam confidence level 6". */
  reason: string;
  evidence: Evidence;
}

/**
 * Why the recipient's own filtering sent the message to Junk Email: the antispam report's SCL (5 or
 * more) or spam verdict SFV:SPM, the organization's SCL, and the mailbox's delivery record `dest:J`.
 * The sending tenant's outbound report (DIR:OUT) judges its own mail, not this mailbox's: it is skipped.
 */
export function junkSignals(parsed: ParsedMessage): JunkSignal[] {
  const signals: JunkSignal[] = [];
  const report = parsed.forefront;
  if (report && report.fields['DIR']?.toUpperCase() !== 'OUT') {
    const scl = Number(report.fields['SCL']);
    if (Number.isInteger(scl) && scl >= JUNK_SCL) {
      signals.push({ reason: `spam confidence level ${scl}`, evidence: evidenceOf(report.loc) });
    }
    if (report.fields['SFV']?.toUpperCase() === 'SPM') {
      signals.push({
        reason: 'the spam filter marked it as spam (SFV:SPM)',
        evidence: evidenceOf(report.loc),
      });
    }
  }
  for (const field of parsed.fields) {
    if (field.key === 'x-ms-exchange-organization-scl') {
      const scl = Number(field.value.trim());
      if (
        Number.isInteger(scl) &&
        scl >= JUNK_SCL &&
        !signals.some((s) => s.reason.startsWith('spam confidence'))
      ) {
        signals.push({ reason: `spam confidence level ${scl}`, evidence: fieldEvidence(field) });
      }
    } else if (field.key === 'x-microsoft-antispam-mailbox-delivery' && deliveredToJunk(field.value)) {
      signals.push({
        reason: 'the mailbox delivered it to Junk Email (dest:J)',
        evidence: fieldEvidence(field),
      });
    }
  }
  return signals;
}

function fieldEvidence(field: { name: string; value: string; line: number }): Evidence {
  return { header: field.name, text: `${field.name}: ${field.value}`, line: field.line };
}

/** `dest:J` among the `key:value;` pairs of X-Microsoft-Antispam-Mailbox-Delivery. */
function deliveredToJunk(value: string): boolean {
  return value.split(';').some((pair) => pair.trim().toUpperCase() === 'DEST:J');
}
