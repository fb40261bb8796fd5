import { REFERENCES } from '../knowledge';
import { listSome } from '../trim-and-list';
import { enableDkimCommand, trustArcSealerCommand, UNKNOWN_DOMAIN } from '../fixes';
import { failureSeverity, uniqueEvidence, type Rule } from './rule';

/** forwarding: SPF failed because a forwarder or list relayed the message (replaces spf-fail). */
export const forwardingRule: Rule = (facts) => {
  if (!facts.explainedByForwarding || facts.arcRescued) return [];
  const original = facts.auth.spf?.domain ?? facts.senderDomain;
  const shown = original ?? UNKNOWN_DOMAIN;
  const sealers = facts.auth.arc?.sealers ?? [];
  const trust =
    sealers.length > 0 ? listSome(sealers, ',', 5) : (facts.relayDomain ?? '<forwarder ARC domain>');
  return [
    {
      id: 'forwarding',
      // Broken SPF is expected here; it only matters when nothing else (aligned DKIM, trusted ARC) saves it.
      severity: failureSeverity(facts),
      owner: 'recipient-admin',
      title: `Forwarded message fails SPF for ${shown}`,
      explanation:
        `The message was forwarded or relayed. Forwarding breaks SPF because the forwarding server's IP isn't in ` +
        `the original sender's SPF record (${shown}). This is expected; DKIM survives if the message was not modified, ` +
        'and ARC can carry the original results.',
      fix: [
        'Recipient admin: configure the forwarder as a trusted ARC sealer (Microsoft 365 already trusts major ' +
          `providers such as Google and Yahoo): ${trustArcSealerCommand(trust)}`,
        ...(facts.relayDomain
          ? [
              `If ${facts.relayDomain} is your own gateway or on-premises server in front of Microsoft 365, enable Enhanced Filtering for Connectors on its inbound connector instead, so the original sending IP is evaluated.`,
            ]
          : []),
        'If authentication still fails after ARC is in place, review your anti-phishing policy settings.',
        `Sender (${shown}): DKIM-sign every message so authentication survives forwarding; in Microsoft 365 run: ${enableDkimCommand(facts.fromDomain ?? original)}`,
      ],
      evidence: uniqueEvidence([...facts.evidence.spf, ...facts.forwarding]),
      references: [
        REFERENCES.ARC_SEALERS,
        REFERENCES.TROUBLESHOOTING,
        REFERENCES.RFC8617,
        REFERENCES.RFC7208,
      ],
    },
  ];
};
