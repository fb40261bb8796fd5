import { REFERENCES } from '../knowledge';
import { dkimCnameStep, enableDkimCommand, genericDkimStep, step, UNKNOWN_DOMAIN } from '../fixes';
import { sendsThroughMicrosoft365 } from '../platform';
import { evidenceOrVerdict, report, uniqueEvidence, type FindingMeta, type FindingModule } from './support';

const meta: FindingMeta<'dkim-none'> = {
  id: 'dkim-none',
  owner: 'sender-admin',
  severity: 'failure',
  title: 'Message not DKIM-signed',
  when: 'Every DKIM result is none, or the verdict gives none and the message has no DKIM-Signature.',
  why:
    'Without an aligned signature DMARC rests on SPF alone, and SPF breaks as soon as the message is ' +
    'forwarded.',
  references: [REFERENCES.DKIM_CNAME_SETUP, REFERENCES.RFC6376],
};

export const dkimNone: FindingModule<'dkim-none'> = {
  meta,
  detect(facts) {
    if (!facts.hasVerdict) return null;
    const unsigned =
      facts.auth.dkim.length > 0
        ? facts.auth.dkim.every((d) => d.result === 'none')
        : facts.parsed.dkimSignatures.length === 0;
    if (!unsigned) return null;
    const domain = facts.senderDomain;
    const shown = domain ?? UNKNOWN_DOMAIN;
    return report(meta, facts, {
      title: `Message not DKIM-signed by ${shown}`,
      explanation:
        `DKIM signing isn't configured for ${shown}, or this message wasn't signed. Without an aligned DKIM ` +
        'signature, DMARC depends on SPF alone, which breaks as soon as the message is forwarded.',
      steps: [
        ...(sendsThroughMicrosoft365(facts)
          ? [
              dkimCnameStep('Microsoft 365, first the DNS records: ', domain),
              step(
                'Then connect to Exchange Online PowerShell and turn signing on:',
                enableDkimCommand(domain),
              ),
            ]
          : [genericDkimStep('', domain)]),
      ],
      // No dkim= result at all: the verdict's silence is the evidence.
      evidence: evidenceOrVerdict(facts, uniqueEvidence(facts.evidence.dkim.flat())),
    });
  },
};
