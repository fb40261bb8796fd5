import { REFERENCES } from '../knowledge';
import { evidenceOf } from '../evidence';
import { UNKNOWN_DOMAIN } from '../fixes';
import { spfFixSteps } from '../fix-plans';
import { report, type FindingMeta, type FindingModule } from './support';

const meta: FindingMeta<'send-on-behalf'> = {
  id: 'send-on-behalf',
  owner: 'sender-admin',
  severity: 'failure',
  title: 'Sent on behalf of another address',
  when:
    'The Sender address differs from the From address (Outlook shows "X on behalf of Y") and SPF soft-fails ' +
    'or fails.',
  why:
    'A delegate who sends through a server the SPF record does not list makes SPF fail; on its own, with ' +
    'authentication passing, the display is ordinary delegation and nothing to fix.',
  references: [REFERENCES.SPF_SETUP, REFERENCES.TROUBLESHOOTING],
};

/** The SPF results the troubleshooting guide ties to a delegate's unlisted server. */
const SPF_FAILED_FOR_DELEGATE = new Set(['softfail', 'fail']);

export const sendOnBehalf: FindingModule<'send-on-behalf'> = {
  meta,
  detect(facts) {
    const { from, sender } = facts.parsed;
    if (!from?.address || !sender?.address) return null;
    if (from.address.toLowerCase() === sender.address.toLowerCase()) return null;
    const spf = facts.auth.spf;
    // Delegation that authenticated is ordinary mail: the finding is about the SPF failure it causes.
    if (!spf || !SPF_FAILED_FOR_DELEGATE.has(spf.result)) return null;
    const spfDomain = spf.domain || sender.domain || null;
    return report(meta, facts, {
      title: `${sender.address} sent on behalf of ${from.address}`,
      explanation:
        `Outlook shows "${sender.address} on behalf of ${from.address}" because the Sender differs from the From address. ` +
        `SPF ${spf.result} shows the root cause: the sending IP ${spf.ip ?? '(not shown)'} isn't authorized in the SPF record of ${spfDomain ?? UNKNOWN_DOMAIN}.`,
      steps: spfFixSteps(facts, spfDomain),
      evidence: [evidenceOf(sender.loc), evidenceOf(from.loc), ...facts.evidence.spf],
    });
  },
};
