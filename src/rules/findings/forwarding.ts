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
  when:
    'SPF fails, or passes only for a forwarder’s rewritten (SRS) envelope, and the headers show a relay: an ' +
    'intermediary’s ARC set, an SRS or Gmail forwarding return path, list or forward fields, or a Received ' +
    'hop through a third organization (an authenticated submission is none).',
  why:
    'A forwarder sends from its own IP, which the original sender’s SPF record cannot list, so SPF ' +
    'failing is expected and not the sender’s fault. The fix is trusting the forwarder (ARC), not SPF.',
  references: [REFERENCES.ARC_SEALERS, REFERENCES.TROUBLESHOOTING, REFERENCES.RFC8617, REFERENCES.RFC7208],
  supersedes: ['spf-fail', 'spf-and-dkim-fail', 'third-party-sender'],
};

export const forwarding: FindingModule<'forwarding'> = {
  meta,
  detect(facts) {
    if (!facts.explainedByForwarding) return null;
    const original = facts.auth.spf?.domain ?? facts.senderDomain;
    const shown = original ?? UNKNOWN_DOMAIN;
    const srs = !facts.spfFailed;
    const author = facts.fromDomain ?? shown;
    return report(meta, facts, {
      title: srs
        ? `Forwarded message no longer aligns with ${author}`
        : `Forwarded message fails SPF for ${shown}`,
      explanation: srs
        ? `The message was forwarded: the forwarder rewrote the envelope sender (SRS), so SPF passes for the ` +
          `forwarder (${shown}) and no longer for ${author}. This is expected; DKIM survives if the message was ` +
          'not modified, and ARC can carry the original results.'
        : `The message was forwarded or relayed. Forwarding breaks SPF because the forwarding server's IP isn't in ` +
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
