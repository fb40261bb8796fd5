import { REFERENCES } from '../knowledge';
import { step, UNKNOWN_DOMAIN } from '../fixes';
import { dkimEvidence, report, type FindingMeta, type FindingModule } from './support';

const meta: FindingMeta<'dkim-temperror'> = {
  id: 'dkim-temperror',
  owner: 'sender-admin',
  severity: 'failure',
  title: 'DKIM key lookup timed out (temperror)',
  when: 'A DKIM result is temperror: the receiver could not fetch the signer’s key in time.',
  why:
    'Nothing was wrong with the signature as far as anyone knows; the key query did not come back, usually ' +
    'because the key’s TXT record is too big for one quick answer or the name servers are slow, so the ' +
    'signature counted for nothing.',
  references: [REFERENCES.TROUBLESHOOTING, REFERENCES.DKIM_SETUP, REFERENCES.RFC6376],
};

export const dkimTemperror: FindingModule<'dkim-temperror'> = {
  meta,
  detect(facts) {
    if (!facts.hasVerdict) return null;
    const errors = facts.dkimLookupErrors;
    const first = errors[0];
    if (!first) return null;
    const shown = first.domain ?? facts.senderDomain ?? UNKNOWN_DOMAIN;
    const record = `${first.selector ?? '<selector>'}._domainkey.${shown}`;
    return report(meta, facts, {
      title: `DKIM key lookup for ${shown} timed out (temperror)`,
      explanation:
        `The receiver asked DNS for the key at ${record} and got no answer in time, so it could not check the signature` +
        (first.reason ? ` (the receiver said: ${first.reason}).` : '.') +
        ' A key record that is too large to come back quickly, or slow or unreachable name servers, cause this.',
      steps: [
        step(
          `Query ${record} (TXT) against each authoritative name server of ${shown}: every one should answer at once with the same record.`,
        ),
        step(
          'Keep the key record small enough for a single answer: a 2048-bit key split into quoted strings of at most 255 characters; in Microsoft 365 publish the selector CNAMEs so Microsoft serves the key.',
        ),
      ],
      evidence: dkimEvidence(facts, errors),
    });
  },
};
