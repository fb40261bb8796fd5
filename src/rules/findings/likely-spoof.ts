import { REFERENCES } from '../knowledge';
import { assessTrustSignals } from '../trust';
import { DONT_ACT, REPORT_PHISHING } from './report-phishing';
import { report, type FindingMeta, type FindingModule } from './support';

const meta: FindingMeta<'likely-spoof'> = {
  id: 'likely-spoof',
  owner: 'user',
  severity: 'error',
  title: 'The message looks forged',
  when:
    'The trust assessment is suspicious because servers unrelated to the From domain sent it, or the ' +
    "receiver's filter classed it as spoofing or phishing.",
  why:
    'For the person reading it this is the answer that matters: the From line is not to be believed, so ' +
    'nothing in the message should be acted on.',
  references: [REFERENCES.ANTI_SPOOFING, REFERENCES.ANTISPAM_HEADERS],
};

/** The signals that make a message forged rather than merely unproven. */
const FORGERY = new Set(['unrelated-infrastructure', 'receiver-spoof-verdict', 'receiver-phishing-verdict']);

export const likelySpoof: FindingModule<'likely-spoof'> = {
  meta,
  detect(facts) {
    const { trust, results } = assessTrustSignals(facts);
    if (trust.level !== 'suspicious') return null;
    const forged = results.filter((r) => r.weight === 'spoof' && FORGERY.has(r.signal.id));
    if (forged.length === 0) return null;
    return report(meta, facts, {
      title: trust.headline,
      explanation: forged.map((r) => r.signal.text).join(' '),
      steps: [DONT_ACT, REPORT_PHISHING],
      evidence: forged.flatMap((r) => r.signal.evidence),
    });
  },
};
