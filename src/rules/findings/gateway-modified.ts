import { REFERENCES } from '../knowledge';
import { step, UNKNOWN_DOMAIN } from '../fixes';
import { arcTrustStep } from '../fix-plans';
import { dkimEvidence, report, uniqueEvidence, type FindingMeta, type FindingModule } from './support';

const meta: FindingMeta<'gateway-modified'> = {
  id: 'gateway-modified',
  owner: 'recipient-admin',
  severity: 'failure',
  title: 'A gateway modified the message and broke DKIM',
  when:
    'The DKIM body hash failed and SPF passes for another domain than the From domain, with no mailing ' +
    'list or forwarding fields: a gateway or security service in the path changed the message.',
  why:
    'The gateway’s change (a disclaimer, a scan notice) breaks the sender’s signature, and SPF passes only ' +
    'for the gateway, so DMARC fails although the sender did nothing wrong.',
  references: [REFERENCES.ARC_SEALERS, REFERENCES.ENHANCED_FILTERING, REFERENCES.RFC8617],
  supersedes: ['dmarc-alignment', 'dkim-body-hash'],
};

export const gatewayModified: FindingModule<'gateway-modified'> = {
  meta,
  detect(facts) {
    if (!facts.hasVerdict || !facts.gatewayModified) return null;
    const gateway = facts.auth.spf?.domain ?? '<gateway domain>';
    const signer = facts.bodyHashFailures[0]?.domain ?? facts.senderDomain ?? UNKNOWN_DOMAIN;
    return report(meta, facts, {
      title: `A gateway (${gateway}) modified the message and broke DKIM`,
      explanation:
        `The message passed through a gateway or security service (such as Proofpoint or Mimecast) that modified ` +
        `the body, for example by adding a disclaimer or scan notice. That invalidated ${signer}'s DKIM signature ` +
        `(body hash did not verify), and SPF passes only for the gateway's domain ${gateway}, which doesn't align with the From domain.`,
      steps: [
        arcTrustStep(
          facts,
          "Recommended: configure ARC on the gateway, then add its sealing domain to your tenant's trusted ARC sealers:",
        ),
        step(
          `Or configure Enhanced Filtering for Connectors on the inbound connector from ${gateway}, so Microsoft 365 evaluates the original sending IP.`,
        ),
        step(
          `Or configure the gateway to preserve the message or re-sign it with DKIM (d=${signer}) after processing.`,
        ),
      ],
      evidence: uniqueEvidence([...dkimEvidence(facts, facts.bodyHashFailures), ...facts.evidence.spf]),
    });
  },
};
