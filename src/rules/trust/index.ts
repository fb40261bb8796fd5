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
import { uniqueEvidence } from '../findings/support';

export interface TrustOptions {
  /** The reader's own address (the mailbox the message was delivered to), to spot look-alikes of it. */
  recipient?: string | null;
}

function buildContext(facts: RuleFacts): TrustContext {
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
  const recipientDomain = facts.recipient ? domainOf(facts.recipient) : '';
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
): SignalResult | null {
  try {
    return check(context);
  } catch {
    return null;
  }
}

export interface TrustAssessment {
  trust: Trust;
  /** The signals found, with their weight, for the findings that report them to an owner. */
  results: SignalResult[];
}

// The engine and the findings that report trust signals all read the same assessment of one message.
const assessed = new WeakMap<RuleFacts, TrustAssessment>();

/** The trust of one message (the reader's address taken from the facts), computed once per facts. */
export function assessTrustSignals(facts: RuleFacts): TrustAssessment {
  const known = assessed.get(facts);
  if (known) return known;
  const context = buildContext(facts);
  const results: SignalResult[] = [];
  for (const check of SIGNAL_CHECKS) {
    const result = guarded(check, context);
    if (result) results.push(result);
  }
  const judged = judge(context, results);
  // The same evidence filter as the findings': no empty or repeated lines (a hand-built loc can be empty).
  const signals = judged.signals.map((signal) => ({ ...signal, evidence: uniqueEvidence(signal.evidence) }));
  const assessment = { trust: { ...judged, signals }, results };
  assessed.set(facts, assessment);
  return assessment;
}

export function assessTrust(facts: RuleFacts): Trust {
  return assessTrustSignals(facts).trust;
}

/** The trust layer found spoofing signals: fixes that would authorise the sender become conditional. */
export function isSuspicious(facts: RuleFacts): boolean {
  return assessTrust(facts).level === 'suspicious';
}
