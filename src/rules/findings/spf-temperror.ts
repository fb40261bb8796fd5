import { REFERENCES } from '../knowledge';
import { step, UNKNOWN_DOMAIN } from '../fixes';
import { report, type FindingMeta, type FindingModule } from './support';

const meta: FindingMeta<'spf-temperror'> = {
  id: 'spf-temperror',
  owner: 'sender-admin',
  severity: 'failure',
  title: 'SPF lookup timed out (temperror)',
  when: 'SPF is temperror: a temporary DNS failure stopped the check.',
  why: 'The domain’s DNS servers did not answer in time, so SPF could not pass for this message.',
  references: [REFERENCES.SPF_TROUBLESHOOTING, REFERENCES.RFC7208],
};

export const spfTemperror: FindingModule<'spf-temperror'> = {
  meta,
  detect(facts) {
    const spf = facts.auth.spf;
    if (spf?.result !== 'temperror') return null;
    const shown = spf.domain ?? facts.senderDomain ?? UNKNOWN_DOMAIN;
    return report(meta, facts, {
      title: `SPF lookup for ${shown} timed out (temperror)`,
      explanation:
        `A temporary DNS failure occurred while the receiver queried the SPF record of ${shown}: the ` +
        'authoritative DNS server was unreachable or timed out.',
      steps: [
        step(
          `Check that every authoritative name server of ${shown} answers TXT queries quickly and consistently.`,
        ),
        step('Set the TTL of the SPF TXT record to at least 3600 seconds.'),
      ],
      evidence: facts.evidence.spf,
    });
  },
};
