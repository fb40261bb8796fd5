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
