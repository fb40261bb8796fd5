import { REFERENCES } from '../knowledge';
import { evidenceOf } from '../evidence';
import { spfRecordWithIp, UNKNOWN_DOMAIN } from '../fixes';
import { failureSeverity, type Rule } from './rule';

/** send-on-behalf: a Sender address differs from the From address (Outlook: "X on behalf of Y"). */
export const sendOnBehalfRule: Rule = (facts) => {
  const { from, sender } = facts.parsed;
  if (!from?.address || !sender?.address) return [];
  if (from.address.toLowerCase() === sender.address.toLowerCase()) return [];
  const spf = facts.auth.spf;
  const spfDomain = spf?.domain ?? sender.domain ?? null;
  const failing = facts.spfFailed;
  return [
    {
      id: 'send-on-behalf',
      // The display is informative; it costs delivery only when SPF fails with it.
      severity: failing ? failureSeverity(facts) : 'warning',
      owner: 'sender-admin',
      title: `${sender.address} sent on behalf of ${from.address}`,
      explanation:
        `Outlook shows "${sender.address} on behalf of ${from.address}" because the Sender differs from the From address. ` +
        (failing
          ? `SPF ${spf?.result} shows the root cause: the sending IP ${spf?.ip ?? '(not shown)'} isn't authorized in the SPF record of ${spfDomain ?? UNKNOWN_DOMAIN}.`
          : 'When the sending IP is not authorized in the SPF record, this mail soft-fails or fails SPF.'),
      fix: [
        `Add the sending IP or service include to the SPF record: ${spfRecordWithIp(spfDomain, facts.sendingIp)}`,
      ],
      evidence: [evidenceOf(sender.loc), evidenceOf(from.loc), ...(failing ? facts.evidence.spf : [])],
      references: [REFERENCES.SPF_SETUP, REFERENCES.TROUBLESHOOTING],
    },
  ];
};
