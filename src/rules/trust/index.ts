/**
 * The reader's answer: can the person looking at this message trust that it comes from its From domain,
 * and what should they do now. Computed from the rule facts; the findings (the admins' view) are not
 * changed by it.
 */
import { compauthReportsAs } from '../findings/compauth-verdict';
import type { Trust } from '../diagnosis';
import type { RuleFacts } from '../facts';
import { normalizeDomain, organizationalDomain } from '../alignment';
import { domainOf } from '../../parser/addresses';
import type { SignalResult, TrustContext } from './context';
import { SIGNAL_CHECKS } from './signals';
import { judge } from './judge';

export interface TrustOptions {
  /** The reader's own address (the mailbox the message was delivered to), to spot look-alikes of it. */
  recipient?: string | null;
}

function buildContext(facts: RuleFacts, options: TrustOptions): TrustContext {
  const { auth } = facts;
  const fromDomain = facts.fromDomain ? normalizeDomain(facts.fromDomain) : null;
  const dmarcFrom = auth.dmarc?.fromDomain ? normalizeDomain(auth.dmarc.fromDomain) : null;
  // DMARC judged the From domain only when it names that domain (a second From header could differ).
  const dmarcPass = auth.dmarc?.result === 'pass' && (dmarcFrom === null || dmarcFrom === fromDomain);
  const alignedPass = facts.spfAlignedPass === true || facts.dkimAlignedPass.includes(true);
  const compauthPass = auth.compauth?.result === 'pass' && alignedPass;
  // A relay explains a failure it causes: SPF failing for the original sender, or a body changed in transit
  // (a list's footer) with the relay's own fields or seals to show it.
  const relayBroke =
    facts.forwarding.length > 0 && (facts.explainedByForwarding || facts.bodyHashFailures.length > 0);
  const benign = relayBroke || facts.gatewayModified || compauthReportsAs(facts, 'arc-rescued');
  const recipientDomain = options.recipient ? domainOf(options.recipient) : '';
  return {
    facts,
    fromOrg: fromDomain ? organizationalDomain(fromDomain) : null,
    recipientOrg: recipientDomain ? organizationalDomain(recipientDomain) : null,
    proven: fromDomain !== null && (dmarcPass || compauthPass),
    benignPath: benign ? (facts.forwarding.length > 0 ? facts.forwarding : facts.verdictEvidence) : [],
  };
}

/** Runs one signal; one that throws on input nobody foresaw is left out, never the whole answer. */
function guarded(
  check: (context: TrustContext) => SignalResult | null,
  context: TrustContext,
): SignalResult[] {
  try {
    const result = check(context);
    return result ? [result] : [];
  } catch {
    return [];
  }
}

export function assessTrust(facts: RuleFacts, options: TrustOptions = {}): Trust {
  const context = buildContext(facts, options);
  const results = SIGNAL_CHECKS.flatMap((check) => guarded(check, context));
  return judge(context, results);
}
