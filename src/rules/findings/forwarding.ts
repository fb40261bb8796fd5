import { REFERENCES } from '../knowledge';
import { step, UNKNOWN_DOMAIN } from '../fixes';
import { arcTrustStep, dkimFixSteps } from '../fix-plans';
import { report, uniqueEvidence, type FindingMeta, type FindingModule } from './support';

const meta: FindingMeta<'forwarding'> = {
  id: 'forwarding',
  owner: 'recipient-admin',
  // Broken SPF is expected here; it only matters when nothing else (aligned DKIM, trusted ARC) saves it.
  severity: 'failure',
  title: 'Forwarded message fails SPF',
  when: 'SPF fails and the headers show a forwarder, mailing list or ARC sealer relaying the message.',
  why:
    'A forwarder sends from its own IP, which the original sender’s SPF record cannot list, so SPF ' +
    'failing is expected and not the sender’s fault. The fix is trusting the forwarder (ARC), not SPF.',
  references: [REFERENCES.ARC_SEALERS, REFERENCES.TROUBLESHOOTING, REFERENCES.RFC8617, REFERENCES.RFC7208],
  supersedes: ['spf-fail', 'spf-and-dkim-fail'],
};

export const forwarding: FindingModule<'forwarding'> = {
  meta,
  detect(facts) {
    if (!facts.explainedByForwarding) return null;
    const original = facts.auth.spf?.domain ?? facts.senderDomain;
    const shown = original ?? UNKNOWN_DOMAIN;
    return report(meta, facts, {
      title: `Forwarded message fails SPF for ${shown}`,
      explanation:
        `The message was forwarded or relayed. Forwarding breaks SPF because the forwarding server's IP isn't in ` +
        `the original sender's SPF record (${shown}). This is expected; DKIM survives if the message was not modified, ` +
        'and ARC can carry the original results.',
      steps: [
        arcTrustStep(
          facts,
          'Recipient admin: add the forwarder to the trusted ARC sealers (Microsoft 365 already trusts major ' +
            'providers such as Google and Yahoo):',
        ),
        ...(facts.relayDomain
          ? [
              step(
                `If ${facts.relayDomain} is your own gateway or on-premises server in front of Microsoft 365, enable Enhanced Filtering for Connectors on its inbound connector instead, so the original sending IP is evaluated.`,
              ),
            ]
          : []),
        step(
          'If the message still fails once the sealer is trusted, check the spoof settings of your anti-phishing policy.',
        ),
        ...dkimFixSteps(
          facts,
          facts.fromDomain ?? original,
          `Sender (${shown}): so authentication survives forwarding, `,
        ),
      ],
      evidence: uniqueEvidence([...facts.evidence.spf, ...facts.forwarding]),
    });
  },
};
