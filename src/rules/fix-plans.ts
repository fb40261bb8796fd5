/**
 * The SPF and DKIM steps every finding about the sender's setup shares, decided from the evidence: no SPF
 * step for a domain whose SPF passed or for a forwarder's IP, no DKIM step when an aligned signature
 * passed, Microsoft 365's templates only for a domain seen sending through it, and authorising the sending
 * IP always conditional (nothing in the headers ties an IP that failed SPF to the domain).
 */
import type { FixStep } from './diagnosis';
import type { RuleFacts } from './facts';
import { domainOf } from '../parser/addresses';
import { organizationalDomain } from './alignment';
import {
  afterLead,
  authorizeIpStep,
  enableDkimCommand,
  genericDkimStep,
  microsoftSpfStep,
  step,
  stepDomain,
  trustArcSealerCommand,
} from './fixes';
import { connectingHop } from './hops';
import { sendsThroughMicrosoft365 } from './platform';
import { isSuspicious } from './trust';

/** The name of the server that connected: Microsoft's PTR lookup, else the connecting hop's from. */
function sendingHost(facts: RuleFacts): string | null {
  const ptr = facts.parsed.forefront?.fields['PTR'];
  if (ptr) return ptr;
  const primary = facts.parsed.authResults.find((a) => a.loc.line === facts.verdictEvidence[0]?.line) ?? null;
  return connectingHop(facts.parsed, primary)?.from ?? null;
}

/** SPF steps for `domain`: [] when its SPF passed or a forwarder's IP is what failed. */
export function spfFixSteps(facts: RuleFacts, domain: string | null): FixStep[] {
  if (facts.spfPassed) return [];
  if (facts.explainedByForwarding) {
    return [
      step(
        `SPF failed at a forwarder's server, which ${stepDomain(domain)}'s SPF record must not list: nothing to add to it.`,
      ),
    ];
  }
  const steps = [
    authorizeIpStep(domain, facts.auth.spf?.ip ?? facts.sendingIp, {
      suspicious: isSuspicious(facts),
      host: sendingHost(facts),
    }),
  ];
  return sendsThroughMicrosoft365(facts) ? [...steps, microsoftSpfStep(domain)] : steps;
}

/** DKIM signing for `domain`, after `lead`: [] when an aligned signature passed. */
export function dkimFixSteps(facts: RuleFacts, domain: string | null, lead = ''): FixStep[] {
  if (facts.dkimAlignedPass.includes(true)) return [];
  if (!sendsThroughMicrosoft365(facts)) return [genericDkimStep(lead, domain)];
  return [step(afterLead(lead, 'sign with DKIM in Microsoft 365:'), enableDkimCommand(domain))];
}

/**
 * The intermediaries to trust: the message's sealers other than the receiver itself (facts), and never
 * Microsoft's own (Microsoft 365 seals with microsoft.com and trusts that already) or the reader's.
 */
function sealersToTrust(facts: RuleFacts): string[] {
  const own = new Set(['microsoft.com']);
  if (facts.recipient) own.add(organizationalDomain(domainOf(facts.recipient)));
  return [...new Set(facts.intermediarySealers)].filter((d) => !own.has(organizationalDomain(d)));
}

/** Trust this message's intermediary sealers, added to the tenant's list; a placeholder when none sealed. */
export function arcTrustStep(facts: RuleFacts, text: string): FixStep {
  return step(text, trustArcSealerCommand(sealersToTrust(facts)));
}
