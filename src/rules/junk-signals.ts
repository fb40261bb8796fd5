import type { ParsedMessage } from '../parser/types';
import type { Evidence } from './diagnosis';
import { evidenceOf } from './evidence';

/** The spam confidence level from which Exchange Online puts mail in Junk Email (5-6 spam, 9 high confidence). */
const JUNK_SCL = 5;

/**
 * CAT verdicts about the content (spam, bulk) or none at all. Any other (spoofing, impersonation,
 * phishing, malware) is a different verdict, reported by its own findings.
 */
const CONTENT_CATEGORIES = new Set(['SPM', 'HSPM', 'BULK', 'NONE']);

/** One reason the recipient's filtering junked the message, with the line that shows it. */
export interface JunkSignal {
  /** Plain words, e.g. "spam confidence level 6". */
  reason: string;
  evidence: Evidence;
}

/**
 * Why the recipient's own filtering sent the message to Junk Email for its content: the antispam
 * report's SCL (5 or more) or spam verdict SFV:SPM, the organization's SCL, and the mailbox's delivery
 * record `dest:J`. The sending tenant's outbound report (DIR:OUT) judges its own mail, not this
 * mailbox's: it is skipped. A report whose CAT names another verdict (spoofing, impersonation …) is not
 * a content verdict: then there is no signal at all.
 */
export function junkSignals(parsed: ParsedMessage): JunkSignal[] {
  const report = parsed.forefront && !parsed.forefront.outbound ? parsed.forefront : null;
  const category = report?.fields['CAT']?.toUpperCase();
  if (category !== undefined && !CONTENT_CATEGORIES.has(category)) return [];
  const signals: JunkSignal[] = [];
  const scl = report ? Number(report.fields['SCL']) : NaN;
  if (report && Number.isInteger(scl) && scl >= JUNK_SCL) {
    signals.push({ reason: `spam confidence level ${scl}`, evidence: evidenceOf(report.loc) });
  } else if (parsed.organizationScl && parsed.organizationScl.value >= JUNK_SCL) {
    signals.push({
      reason: `spam confidence level ${parsed.organizationScl.value}`,
      evidence: evidenceOf(parsed.organizationScl.loc),
    });
  }
  if (report?.fields['SFV']?.toUpperCase() === 'SPM') {
    signals.push({ reason: 'the spam filter marked it as spam (SFV:SPM)', evidence: evidenceOf(report.loc) });
  }
  const delivery = parsed.mailboxDelivery;
  if (delivery?.destination === 'junk') {
    signals.push({
      reason: 'the mailbox delivered it to Junk Email (dest:J)',
      evidence: evidenceOf(delivery.loc),
    });
  }
  return signals;
}
