import { REFERENCES } from '../knowledge';
import { newSpfRecordStep, step, UNKNOWN_DOMAIN } from '../fixes';
import { sendsThroughMicrosoft365 } from '../platform';
import { report, type FindingMeta, type FindingModule } from './support';

const meta: FindingMeta<'spf-none'> = {
  id: 'spf-none',
  owner: 'sender-admin',
  severity: 'failure',
  title: 'No SPF record',
  when: 'SPF is none: the envelope (MAIL FROM) domain publishes no SPF record.',
  why: 'Receivers cannot tell which servers may send for the domain, so SPF can never pass for it.',
  references: [REFERENCES.SPF_SETUP, REFERENCES.RFC7208],
};

export const spfNone: FindingModule<'spf-none'> = {
  meta,
  detect(facts) {
    const spf = facts.auth.spf;
    if (spf?.result !== 'none') return null;
    const domain = spf.domain ?? facts.senderDomain;
    const shown = domain ?? UNKNOWN_DOMAIN;
    return report(meta, facts, {
      title: `No SPF record for ${shown}`,
      explanation:
        `The receiver found no SPF TXT record for ${shown}, the envelope (MAIL FROM) domain, so it cannot ` +
        'tell which servers may send for it.',
      steps: [
        newSpfRecordStep(domain, spf.ip, sendsThroughMicrosoft365(facts)),
        step('Start with ~all (soft fail); move to -all once every sending source is listed.'),
      ],
      evidence: facts.evidence.spf,
    });
  },
};
