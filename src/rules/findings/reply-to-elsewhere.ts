import { REFERENCES } from '../knowledge';
import { step } from '../fixes';
import { assessTrustSignals } from '../trust';
import { REPORT_PHISHING } from './report-phishing';
import { report, type FindingMeta, type FindingModule } from './support';

const meta: FindingMeta<'reply-to-elsewhere'> = {
  id: 'reply-to-elsewhere',
  owner: 'user',
  severity: 'warning',
  title: 'Replies go to another organization',
  when: 'The Reply-To address belongs to another organization than the From domain.',
  why:
    'A reply would not reach the sender the From line names. Alongside other spoofing signs (an error) it is ' +
    'how a fraudster collects the answers; alone (a warning) it is also what some newsletters and services do.',
  references: [REFERENCES.ANTI_SPOOFING],
};

export const replyToElsewhere: FindingModule<'reply-to-elsewhere'> = {
  meta,
  detect(facts) {
    const result = assessTrustSignals(facts).results.find((r) => r.signal.id === 'reply-to-elsewhere');
    if (!result) return null;
    const spoofing = result.weight === 'spoof';
    return report(meta, facts, {
      severity: spoofing ? 'error' : 'warning',
      title: meta.title,
      explanation: result.signal.text,
      steps: [
        step(
          "Don't answer with Reply: write to the sender's address you already know, or call them, and check the Reply-To before you send.",
        ),
        ...(spoofing ? [REPORT_PHISHING] : []),
      ],
      evidence: result.signal.evidence,
    });
  },
};
