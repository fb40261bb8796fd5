import { REFERENCES } from '../knowledge';
import { UNKNOWN_DOMAIN } from '../fixes';
import { publishDmarcSteps } from './dmarc-none';
import { authorDomain, report, type FindingMeta, type FindingModule } from './support';

const meta: FindingMeta<'dmarc-bestguesspass'> = {
  id: 'dmarc-bestguesspass',
  owner: 'sender-admin',
  severity: 'warning',
  title: 'No DMARC record (best-guess pass)',
  when: 'DMARC is bestguesspass: no record exists, but Microsoft 365 judged that the message would have passed.',
  why: 'The message got through on a guess; the domain still has no policy protecting it from spoofing.',
  references: [REFERENCES.DMARC_SETUP, REFERENCES.RFC7489],
};

export const dmarcBestguesspass: FindingModule<'dmarc-bestguesspass'> = {
  meta,
  detect(facts) {
    if (facts.auth.dmarc?.result !== 'bestguesspass') return null;
    const domain = authorDomain(facts);
    const shown = domain ?? UNKNOWN_DOMAIN;
    return report(meta, facts, {
      title: `No DMARC record for ${shown} (best-guess pass)`,
      explanation: `No DMARC record exists for ${shown}. Microsoft 365 inferred a pass with heuristics (bestguesspass): the message would have passed, but nothing protects ${shown} from spoofing.`,
      steps: publishDmarcSteps(domain, shown),
      evidence: facts.evidence.dmarc,
    });
  },
};
