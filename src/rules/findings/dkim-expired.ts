import { REFERENCES } from '../knowledge';
import { step, UNKNOWN_DOMAIN } from '../fixes';
import { dkimEvidence, report, type FindingMeta, type FindingModule } from './support';

const meta: FindingMeta<'dkim-expired'> = {
  id: 'dkim-expired',
  owner: 'sender-admin',
  severity: 'failure',
  title: 'DKIM signature had expired',
  when:
    'A DKIM result did not pass because the signature was past its expiry: the receiver says "expired", ' +
    'or the signature’s x= is earlier than the time the receiver took the message.',
  why:
    'The key and the record are fine: the message reached the receiver after the validity the signer ' +
    'gave it, because it sat in a queue or because someone re-sent an old signed message (a replay). ' +
    'Republishing the key changes nothing.',
  references: [REFERENCES.RFC6376, REFERENCES.DKIM_SETUP],
};

export const dkimExpired: FindingModule<'dkim-expired'> = {
  meta,
  detect(facts) {
    if (!facts.hasVerdict) return null;
    const expired = facts.expiredDkim;
    const first = expired[0];
    if (!first) return null;
    const shown = first.domain ?? facts.senderDomain ?? UNKNOWN_DOMAIN;
    return report(meta, facts, {
      title: `DKIM signature of ${shown} had expired`,
      explanation:
        `The signature of ${shown} was valid only until the time its x= tag sets, and the receiver checked it later` +
        (first.reason ? ` (the receiver said: ${first.reason}).` : '.') +
        ' Either the message was held up on the way, or it is an old signed message sent again by someone else. ' +
        'The DKIM key itself is not in question.',
      steps: [
        step(`Nothing to republish for ${shown}: the key record is not the cause.`),
        step(
          'If the message was only delayed, the signer can give signatures a longer validity (a later x=, or none).',
        ),
        step(
          'If the message is old and arrived from a server the sender does not use, treat it as a replay: do not trust it because it once carried a valid signature.',
        ),
      ],
      evidence: dkimEvidence(facts, expired),
    });
  },
};
