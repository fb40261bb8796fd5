import { REFERENCES } from '../knowledge';
import { evidenceOf } from '../evidence';
import { step, UNKNOWN_DOMAIN } from '../fixes';
import { spfFixSteps } from '../fix-plans';
import { report, type FindingMeta, type FindingModule } from './support';

const meta: FindingMeta<'send-on-behalf'> = {
  id: 'send-on-behalf',
  owner: 'sender-admin',
  severity: 'failure',
  title: 'Sent on behalf of another address',
  when: 'The Sender address differs from the From address (Outlook shows "X on behalf of Y").',
  why:
    'The display alone is informative (a warning); it costs delivery when SPF fails with it, because the ' +
    'delegate’s sending server is not in the SPF record.',
  references: [REFERENCES.SPF_SETUP, REFERENCES.TROUBLESHOOTING],
};

export const sendOnBehalf: FindingModule<'send-on-behalf'> = {
  meta,
  detect(facts) {
    const { from, sender } = facts.parsed;
    if (!from?.address || !sender?.address) return null;
    if (from.address.toLowerCase() === sender.address.toLowerCase()) return null;
    const spf = facts.auth.spf;
    const spfDomain = spf?.domain || sender.domain || null;
    const failing = facts.spfFailed;
    return report(meta, facts, {
      // The display is informative; it costs delivery only when SPF fails with it.
      ...(failing ? {} : { severity: 'warning' as const }),
      title: `${sender.address} sent on behalf of ${from.address}`,
      explanation:
        `Outlook shows "${sender.address} on behalf of ${from.address}" because the Sender differs from the From address. ` +
        (failing
          ? `SPF ${spf?.result} shows the root cause: the sending IP ${spf?.ip ?? '(not shown)'} isn't authorized in the SPF record of ${spfDomain ?? UNKNOWN_DOMAIN}.`
          : 'When the sending IP is not authorized in the SPF record, this mail soft-fails or fails SPF.'),
      steps: failing
        ? spfFixSteps(facts, spfDomain)
        : [step('Nothing to change while SPF does not fail; the display only names who sent the message.')],
      evidence: [evidenceOf(sender.loc), evidenceOf(from.loc), ...(failing ? facts.evidence.spf : [])],
    });
  },
};
