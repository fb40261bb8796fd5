import { REFERENCES } from '../knowledge';
import { step, UNKNOWN_DOMAIN } from '../fixes';
import { report, type FindingMeta, type FindingModule } from './support';

const meta: FindingMeta<'spf-permerror'> = {
  id: 'spf-permerror',
  owner: 'sender-admin',
  severity: 'failure',
  title: 'SPF record is broken (permerror)',
  when: 'SPF is permerror: the record could not be evaluated.',
  why:
    'A record with more than 10 DNS lookups, several SPF records for one name or a syntax error counts ' +
    'as no usable SPF at all, for every message of the domain.',
  references: [REFERENCES.SPF_TROUBLESHOOTING, REFERENCES.RFC7208],
};

export const spfPermerror: FindingModule<'spf-permerror'> = {
  meta,
  detect(facts) {
    const spf = facts.auth.spf;
    if (spf?.result !== 'permerror') return null;
    const shown = spf.domain ?? facts.senderDomain ?? UNKNOWN_DOMAIN;
    return report(meta, facts, {
      title: `SPF record of ${shown} is broken (permerror)`,
      explanation:
        `The SPF record of ${shown} could not be evaluated: it needs more than 10 DNS lookups, there are ` +
        'several SPF records for the same name, or its syntax is invalid.',
      steps: [
        step(`Keep exactly one SPF record for ${shown}; merge any others into it.`),
        step(
          'Count the mechanisms that cost a DNS lookup (include, a, mx, ptr, exists, redirect): at most 10, and at most 2 void lookups.',
        ),
        step('Flatten: replace includes you control by their ip4:/ip6: ranges.'),
      ],
      evidence: facts.evidence.spf,
    });
  },
};
