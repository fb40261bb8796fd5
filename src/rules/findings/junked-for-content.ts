import { REFERENCES } from '../knowledge';
import { step } from '../fixes';
import { junkSignals } from '../junk-signals';
import { listSome } from '../trim-and-list';
import { report, uniqueEvidence, type FindingMeta, type FindingModule } from './support';

const meta: FindingMeta<'junked-for-content'> = {
  id: 'junked-for-content',
  owner: 'user',
  severity: 'warning',
  title: 'Authenticated, but junked for its content',
  when:
    'The message authenticated (DMARC or composite authentication passed) and the recipient’s filtering ' +
    'still put it in Junk Email: SCL 5 or more, SFV:SPM, or the mailbox’s dest:J.',
  why:
    'Authentication is not why it landed in Junk: the spam filter judged the content or the sender’s ' +
    'reputation. No DNS record changes that; the recipient can release it and report the mistake.',
  references: [REFERENCES.ANTISPAM_HEADERS],
};

export const junkedForContent: FindingModule<'junked-for-content'> = {
  meta,
  detect(facts) {
    const authenticated =
      facts.hasVerdict &&
      (facts.acceptedByReceiver || (!facts.auth.compauth && facts.auth.dmarc?.result === 'pass'));
    if (!authenticated) return null;
    const signals = junkSignals(facts.parsed);
    if (signals.length === 0) return null;
    const reasons = listSome([...new Set(signals.map((s) => s.reason))], '; ', 4);
    return report(meta, facts, {
      title: 'Authenticated, but put in Junk Email for its content',
      explanation:
        `The message passed authentication, yet the recipient's spam filtering junked it: ${reasons}. ` +
        'That is a judgement of the content or the sender’s reputation, not of SPF, DKIM or DMARC.',
      steps: [
        step(
          'Recipient: if the message is wanted, move it to the Inbox with "Not junk"; adding the sender to Safe Senders keeps its mail out of Junk Email.',
        ),
        step(
          "Recipient's admin: report it to Microsoft as not junk (Defender portal, Submissions) so the filter learns, and look up the message's spam verdict in message trace.",
        ),
      ],
      evidence: uniqueEvidence(signals.map((s) => s.evidence)),
    });
  },
};
