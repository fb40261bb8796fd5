import { dmarcPolicyApplied, REFERENCES } from '../knowledge';
import { step, UNKNOWN_DOMAIN } from '../fixes';
import { dkimFixSteps, spfFixSteps } from '../fix-plans';
import { authorDomain, report, type FindingMeta, type FindingModule } from './support';

const meta: FindingMeta<'dmarc-enforced-failure'> = {
  id: 'dmarc-enforced-failure',
  owner: 'sender-admin',
  severity: 'error',
  title: 'DMARC failed and the policy was applied',
  when:
    'DMARC is fail and the action (or, where the receiver prints none, the disposition or policy) is one ' +
    'that DMARC_ACTIONS / DMARC_POLICIES mark as enforced: quarantine or reject.',
  why:
    'The sender’s own policy told the receiver to junk or refuse mail that fails, and this message failed: ' +
    'it went to quarantine or was bounced (550 5.7.509 at Microsoft 365).',
  // DMARC_SETUP is also where Microsoft explains 550 5.7.509 (REFERENCES.NDR_5_7_509): one link.
  references: [REFERENCES.DMARC_SETUP, REFERENCES.DMARC_HONOR_2023, REFERENCES.RFC7489],
};

export const dmarcEnforcedFailure: FindingModule<'dmarc-enforced-failure'> = {
  meta,
  detect(facts) {
    const dmarc = facts.auth.dmarc;
    if (dmarc?.result !== 'fail') return null;
    const applied = dmarc.action ?? dmarc.policy;
    if (!applied || !dmarcPolicyApplied(applied)) return null;
    const domain = authorDomain(facts);
    const shown = domain ?? UNKNOWN_DOMAIN;
    const rejects = applied !== 'quarantine';
    return report(meta, facts, {
      title: `DMARC failed and ${shown}'s policy was applied (${applied})`,
      explanation:
        `Neither SPF nor DKIM passed with alignment to ${shown}, and ${shown}'s DMARC policy asks receivers to ` +
        (rejects ? 'reject' : 'quarantine') +
        ' such mail.' +
        (rejects
          ? " When the recipient's MX points to Microsoft 365, Exchange Online refuses such mail at the gateway with NDR 550 5.7.509 (DMARC failed and the domain publishes p=reject)."
          : ''),
      steps: [
        ...spfFixSteps(facts, domain),
        ...dkimFixSteps(facts, domain),
        step(
          "If this is forwarded mail, the recipient's admin can trust the forwarder as an ARC sealer instead.",
        ),
        step(
          `Do not relax the policy of ${shown} unless the failing source is legitimate and cannot be aligned yet.`,
        ),
      ],
      evidence: facts.evidence.dmarc,
    });
  },
};
