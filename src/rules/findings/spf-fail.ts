import { REFERENCES } from '../knowledge';
import { step, UNKNOWN_DOMAIN } from '../fixes';
import { spfFixSteps } from '../fix-plans';
import { report, type FindingMeta, type FindingModule } from './support';

const meta: FindingMeta<'spf-fail'> = {
  id: 'spf-fail',
  owner: 'sender-admin',
  severity: 'failure',
  title: 'SPF failed',
  when: 'SPF is fail, softfail or neutral: the sending IP is not authorized by the SPF record.',
  why:
    'The record does not list the server that sent the message, usually a new mail service or relay; ' +
    'unless DKIM passes aligned, DMARC fails with it.',
  references: [REFERENCES.SPF_SETUP, REFERENCES.TROUBLESHOOTING, REFERENCES.RFC7208],
};

export const spfFail: FindingModule<'spf-fail'> = {
  meta,
  detect(facts) {
    const spf = facts.auth.spf;
    if (!spf || !facts.spfFailed) return null;
    const domain = spf.domain ?? facts.senderDomain;
    const shown = domain ?? UNKNOWN_DOMAIN;
    return report(meta, facts, {
      title: `SPF ${spf.result} for ${shown}`,
      explanation:
        `The sending IP ${spf.ip ?? '(not shown)'} isn't included in the SPF record of ${shown}` +
        (spf.result === 'fail'
          ? ''
          : ` (the record ends in ${spf.result === 'softfail' ? '~all' : '?all'})`) +
        '. This is common after adding a new email service or a non-Microsoft relay.',
      steps: [
        ...spfFixSteps(facts, domain),
        step(
          "If the IP belongs to a service (CRM, marketing, relay), add that service's documented include: instead of the bare IP.",
        ),
      ],
      evidence: facts.evidence.spf,
    });
  },
};
