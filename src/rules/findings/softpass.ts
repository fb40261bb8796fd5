import { REFERENCES } from '../knowledge';
import { UNKNOWN_DOMAIN } from '../fixes';
import { strengthenSteps } from './compauth-implicit-failure';
import { compauthReportsAs, shownReason } from './compauth-verdict';
import { authorDomain, report, type FindingMeta, type FindingModule } from './support';

const meta: FindingMeta<'softpass'> = {
  id: 'softpass',
  owner: 'sender-admin',
  severity: 'warning',
  title: 'Composite authentication only soft-passed',
  when: 'compauth=softpass, or a reason reported as this finding (the 2xx family).',
  why:
    'The message got through on weak signals (reverse DNS or subnet alignment), not on the domain’s own ' +
    'SPF, DKIM and DMARC; the next message may not.',
  references: [REFERENCES.AUTH_RESULTS_HEADER, REFERENCES.COMPOSITE_AUTH],
};

export const softpass: FindingModule<'softpass'> = {
  meta,
  detect(facts) {
    if (!compauthReportsAs(facts, 'softpass')) return null;
    const from = authorDomain(facts);
    const shown = from ?? UNKNOWN_DOMAIN;
    return report(meta, facts, {
      title: `Composite authentication only soft-passed (reason ${shownReason(facts)})`,
      explanation:
        'The message partially passed implicit authentication on weak signals (alignment by reverse DNS or subnet), ' +
        `not on ${shown}'s own SPF, DKIM and DMARC.`,
      steps: strengthenSteps(facts, from),
      evidence: facts.evidence.compauth,
    });
  },
};
