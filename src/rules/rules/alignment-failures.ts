import type { Finding } from '../diagnosis';
import type { RuleFacts } from '../facts';
import { REFERENCES } from '../knowledge';
import { dmarcAlignment, organizationalDomain } from '../alignment';
import { listSome } from '../trim-and-list';
import { code, enableDkimCommand, trustArcSealerCommand, UNKNOWN_DOMAIN } from '../fixes';
import { dkimEvidence, failureSeverity, uniqueEvidence, type Rule } from './rule';

/**
 * Something passed, but not for the From domain. One finding, by precedence (most specific first):
 * 1. third-party-sender: SPF and DKIM both pass for one other organization (a marketing/CRM service);
 * 2. gateway-modified: DKIM body hash broke and SPF passes for another domain (a gateway changed it);
 * 3. dmarc-alignment: any other pass that does not align with From.
 */
export const alignmentFailureRules: Rule = (facts) => {
  if (!facts.hasVerdict || facts.arcRescued) return [];
  const third = thirdPartySender(facts);
  if (third) return [third];
  if (facts.gatewayModified) return [gatewayModified(facts)];
  const alignment = dmarcAlignmentFailure(facts);
  return alignment ? [alignment] : [];
};

function passEvidence(facts: RuleFacts) {
  const dkim = facts.auth.dkim.flatMap((d, i) => (d.result === 'pass' ? (facts.evidence.dkim[i] ?? []) : []));
  return uniqueEvidence([...(facts.spfPassed ? facts.evidence.spf : []), ...dkim, ...facts.evidence.dmarc]);
}

function thirdPartySender(facts: RuleFacts): Finding | null {
  const spf = facts.auth.spf;
  const from = facts.fromDomain;
  if (!spf?.domain || !from || !facts.spfPassed || facts.carried) return null;
  const passing = facts.auth.dkim.filter((d) => d.result === 'pass' && d.domain);
  const serviceOrg = organizationalDomain(spf.domain);
  const sameService = passing.filter((d) => organizationalDomain(d.domain ?? '') === serviceOrg);
  if (sameService.length === 0) return null;
  if (dmarcAlignment(spf.domain, from, facts.mode.spf) !== false) return null;
  if (passing.some((d) => dmarcAlignment(d.domain, from, facts.mode.dkim) !== false)) return null;
  const service = spf.domain;
  return {
    id: 'third-party-sender',
    severity: failureSeverity(facts),
    owner: 'sender-admin',
    title: `${service} sends as ${from} without alignment`,
    explanation:
      `A service (for example a marketing or CRM platform such as Marketo or HubSpot) sends from its own ` +
      `infrastructure: SPF and DKIM both pass for ${service}, but neither aligns with the From domain ${from}, ` +
      'so DMARC has no aligned pass.',
    fix: [
      `Preferred: configure ${service} to DKIM-sign with your domain (d=${from}); publish the selector records it gives you.`,
      `Or add the service's SPF include to the SPF record of ${from} and have it use a bounce (MAIL FROM) address in ${from} (aligned SPF pass).`,
      `Or send this mail from a subdomain such as marketing.${from}: configure SPF and DKIM for the subdomain at the service, ` +
        `and publish relaxed alignment with a subdomain policy: ${code(`_dmarc.${from} TXT "v=DMARC1; p=quarantine; sp=none; aspf=r; adkim=r; rua=mailto:dmarc-reports@${from}"`)}`,
    ],
    evidence: passEvidence(facts),
    references: [REFERENCES.DKIM_SETUP, REFERENCES.SPF_SETUP, REFERENCES.DMARC_SETUP, REFERENCES.RFC7489],
  };
}

function gatewayModified(facts: RuleFacts): Finding {
  const gateway = facts.auth.spf?.domain ?? '<gateway domain>';
  const signer = facts.bodyHashFailures[0]?.domain ?? facts.senderDomain ?? UNKNOWN_DOMAIN;
  return {
    id: 'gateway-modified',
    severity: failureSeverity(facts),
    owner: 'recipient-admin',
    title: `A gateway (${gateway}) modified the message and broke DKIM`,
    explanation:
      `The message passed through a gateway or security service (such as Proofpoint or Mimecast) that modified ` +
      `the body, for example by adding a disclaimer or scan notice. That invalidated ${signer}'s DKIM signature ` +
      `(body hash did not verify), and SPF passes only for the gateway's domain ${gateway}, which doesn't align with the From domain.`,
    fix: [
      `Recommended: configure ARC on the gateway and trust it in Microsoft 365: ${trustArcSealerCommand(gateway)}`,
      `Or configure Enhanced Filtering for Connectors on the inbound connector from ${gateway}, so Microsoft 365 evaluates the original sending IP.`,
      `Or configure the gateway to preserve the message or re-sign it with DKIM (d=${signer}) after processing.`,
    ],
    evidence: uniqueEvidence([...dkimEvidence(facts, facts.bodyHashFailures), ...facts.evidence.spf]),
    references: [REFERENCES.ARC_SEALERS, REFERENCES.ENHANCED_FILTERING, REFERENCES.RFC8617],
  };
}

function dmarcAlignmentFailure(facts: RuleFacts): Finding | null {
  if (facts.carried || !(facts.spfPassed || facts.dkimPassed)) return null;
  // A list or forwarder that broke the author's signature explains the misalignment (dkim-body-hash).
  if (facts.forwarding.length > 0 && facts.bodyHashFailures.length > 0) return null;
  if (facts.spfAlignedPass === true || facts.dkimAlignedPass.includes(true)) return null;
  // Without a From domain, only the receiver's own dmarc=fail proves the pass did not align.
  const known = facts.spfAlignedPass === false || facts.dkimAlignedPass.includes(false);
  if (!known && facts.auth.dmarc?.result !== 'fail') return null;
  const from = facts.fromDomain ?? facts.senderDomain;
  const shown = from ?? UNKNOWN_DOMAIN;
  const passed = [
    facts.spfPassed ? `SPF for ${facts.auth.spf?.domain ?? 'the envelope domain'}` : null,
    ...facts.auth.dkim
      .filter((d) => d.result === 'pass')
      .map((d) => `DKIM for ${d.domain ?? 'another domain'}`),
  ].filter((p): p is string => p !== null);
  const strict = facts.mode.spf === 'strict' || facts.mode.dkim === 'strict';
  return {
    id: 'dmarc-alignment',
    severity: failureSeverity(facts),
    owner: 'sender-admin',
    title: `Authentication passed, but not for ${shown}`,
    explanation:
      `${listSome(passed, ', ')} passed, but DMARC needs SPF or DKIM to pass for the From domain ${shown} ` +
      `(same organizational domain${strict ? '; here strict alignment, the exact same name' : ''}). The envelope or ` +
      'signing domain differs from the From domain, which is typical of a relay or a service sending on your behalf.',
    fix: [
      `Enable DKIM signing for the From domain: connect to Exchange Online PowerShell and run: ${enableDkimCommand(from)}`,
      `Or have the sending service DKIM-sign with d=${shown}, or use a MAIL FROM (bounce) address in ${shown} so SPF aligns.`,
    ],
    evidence: passEvidence(facts),
    references: [REFERENCES.AUTH_WORK_TOGETHER, REFERENCES.DMARC_SETUP, REFERENCES.RFC7489],
  };
}
