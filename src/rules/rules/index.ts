import { alignmentFailureRules } from './alignment-failures';
import { authenticatedRule } from './authenticated';
import { combinedRules } from './combined';
import { compauthRules } from './compauth';
import { dkimRules } from './dkim';
import { dmarcRules } from './dmarc';
import { forwardingRule } from './forwarding';
import { ndrRule } from './ndr';
import { noAuthResultsRule } from './no-auth-results';
import { sendOnBehalfRule } from './send-on-behalf';
import { spfRules } from './spf';
import { spoofVerdictRule } from './spoof-verdict';
import type { Rule } from './rule';

/*
 * Severity policy (every rule follows it):
 * - error: the message fails for it, i.e. junked, quarantined or rejected (compauth fail reasons,
 *   dmarc-enforced-failure, ndr-auth-rejection, a spoof verdict that junked it, and any SPF/DKIM/alignment
 *   problem that nothing else carries — see failureSeverity in rule.ts);
 * - warning: weak but passing (softpass, implicit-pass, dmarc-none, dmarc-bestguesspass, a method failure
 *   that another aligned method or Microsoft's compauth pass carries, no-auth-results: cannot judge);
 * - info: nothing to fix (authenticated, arc-rescued, compauth-bypassed, undocumented-reason).
 */

/**
 * Every rule, root causes first (combined and relay diagnoses, then each method, then Microsoft's verdicts
 * that follow from them): equal severities keep this order, so the summary names the root cause. When two
 * rules emit the same id the first one wins.
 */
export const RULES: Rule[] = [
  noAuthResultsRule,
  ndrRule,
  combinedRules,
  forwardingRule,
  alignmentFailureRules,
  spfRules,
  dkimRules,
  dmarcRules,
  compauthRules,
  spoofVerdictRule,
  sendOnBehalfRule,
  authenticatedRule,
];
