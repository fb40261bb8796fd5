import type { Finding } from '../diagnosis';
import type { RuleFacts } from '../facts';
import { REFERENCES } from '../knowledge';
import { dmarcMonitorRecord, enableDkimCommand, spfRecordWithIp, UNKNOWN_DOMAIN } from '../fixes';
import type { Rule } from './rule';

/** Microsoft's action= values (and Gmail/Yahoo's p=) that mean the policy was applied. */
const ENFORCED = new Set(['quarantine', 'reject', 'oreject', 'o.reject']);

/** dmarc-none, dmarc-bestguesspass, dmarc-enforced-failure. */
export const dmarcRules: Rule = (facts) => {
  const dmarc = facts.auth.dmarc;
  if (!dmarc || facts.noAuthentication) return [];
  switch (dmarc.result) {
    case 'none':
      return [noRecord(facts, 'dmarc-none')];
    case 'bestguesspass':
      return [noRecord(facts, 'dmarc-bestguesspass')];
    case 'fail':
      return enforcedFailure(facts);
    default:
      return [];
  }
};

function noRecord(facts: RuleFacts, id: 'dmarc-none' | 'dmarc-bestguesspass'): Finding {
  const domain = facts.fromDomain ?? facts.senderDomain;
  const shown = domain ?? UNKNOWN_DOMAIN;
  return {
    id,
    severity: 'warning',
    owner: 'sender-admin',
    title:
      id === 'dmarc-none' ? `No DMARC record for ${shown}` : `No DMARC record for ${shown} (best-guess pass)`,
    explanation:
      id === 'dmarc-none'
        ? `${shown} publishes no DMARC policy, so receivers cannot tell what to do with mail that fails SPF and DKIM, and Microsoft falls back to implicit authentication.`
        : `No DMARC record exists for ${shown}. Microsoft 365 inferred a pass with heuristics (bestguesspass): the message would have passed, but nothing protects ${shown} from spoofing.`,
    fix: [
      `Publish a DMARC record for ${shown} in monitoring mode with aggregate reports: ${dmarcMonitorRecord(domain)}`,
      'Read the reports, make every legitimate source pass SPF or DKIM aligned, then move to p=quarantine and p=reject.',
    ],
    evidence: facts.evidence.dmarc,
    references: [REFERENCES.DMARC_SETUP, REFERENCES.RFC7489],
  };
}

function enforcedFailure(facts: RuleFacts): Finding[] {
  const dmarc = facts.auth.dmarc;
  if (!dmarc) return [];
  const applied = dmarc.action ?? dmarc.policy;
  if (!applied || !ENFORCED.has(applied)) return [];
  const domain = facts.fromDomain ?? facts.senderDomain;
  const shown = domain ?? UNKNOWN_DOMAIN;
  const rejects = applied !== 'quarantine';
  return [
    {
      id: 'dmarc-enforced-failure',
      severity: 'error',
      owner: 'sender-admin',
      title: `DMARC failed and ${shown}'s policy was applied (${applied})`,
      explanation:
        `Neither SPF nor DKIM passed with alignment to ${shown}, and ${shown}'s DMARC policy asks receivers to ` +
        (rejects ? 'reject' : 'quarantine') +
        ' such mail.' +
        (rejects
          ? ' When the recipient\'s MX points to Microsoft 365, a p=reject failure is refused at the gateway with NDR "550 5.7.509 Access denied, sending domain does not pass DMARC verification and has a DMARC policy of reject".'
          : ''),
      fix: [
        `Align first: authorize the sending source in the SPF record of ${shown}: ${spfRecordWithIp(domain, facts.sendingIp)}`,
        `Sign with DKIM as d=${shown}; in Microsoft 365 run: ${enableDkimCommand(domain)}`,
        "If this is forwarded mail, the recipient's admin can trust the forwarder as an ARC sealer instead.",
        `Do not relax the policy of ${shown} unless the failing source is legitimate and cannot be aligned yet.`,
      ],
      evidence: facts.evidence.dmarc,
      references: [
        REFERENCES.DMARC_SETUP,
        REFERENCES.NDR_5_7_509,
        REFERENCES.DMARC_HONOR_2023,
        REFERENCES.RFC7489,
      ],
    },
  ];
}
