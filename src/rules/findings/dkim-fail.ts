import { REFERENCES } from '../knowledge';
import { dkimCnamesCommand, enableDkimCommand, rotateDkimCommand, step, UNKNOWN_DOMAIN } from '../fixes';
import { sendsThroughMicrosoft365 } from '../platform';
import { dkimEvidence, report, type FindingMeta, type FindingModule } from './support';

const meta: FindingMeta<'dkim-fail'> = {
  id: 'dkim-fail',
  owner: 'sender-admin',
  severity: 'failure',
  title: 'DKIM signature did not verify',
  when:
    'A DKIM result is fail or permerror for another reason than a changed body or an expired signature ' +
    '(key, selector or signature).',
  why:
    'The published key does not match the signing key or the selector record is missing: the signature ' +
    'proves nothing and DMARC cannot use it.',
  references: [REFERENCES.DKIM_SETUP, REFERENCES.TROUBLESHOOTING, REFERENCES.RFC6376],
};

export const dkimFail: FindingModule<'dkim-fail'> = {
  meta,
  detect(facts) {
    if (!facts.hasVerdict) return null;
    const failures = facts.otherDkimFailures;
    const first = failures[0];
    if (!first) return null;
    const domain = first.domain ?? facts.senderDomain;
    const shown = domain ?? UNKNOWN_DOMAIN;
    const selector = first.selector ?? '<selector>';
    return report(meta, facts, {
      title: `DKIM signature of ${shown} did not verify`,
      explanation:
        `The DKIM public key published at ${selector}._domainkey.${shown} does not match the key that signed this message, or no record exists for that selector` +
        (first.reason ? ` (the receiver said: ${first.reason}).` : '.'),
      steps: [
        step(
          `Check that ${selector}._domainkey.${shown} exists in DNS and holds the public key of the key that signs (s=${selector}).`,
        ),
        ...(sendsThroughMicrosoft365(facts)
          ? [
              step('Microsoft 365: check the CNAME records the domain needs:', dkimCnamesCommand(domain)),
              step('Then turn signing on:', enableDkimCommand(domain)),
              step('If the key is suspect, rotate it:', rotateDkimCommand(domain)),
            ]
          : []),
        step(
          'The service that signs: republish the key it gives you, exactly as given (long keys split into several quoted strings).',
        ),
      ],
      evidence: dkimEvidence(facts, failures),
    });
  },
};
