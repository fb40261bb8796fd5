import { REFERENCES } from '../knowledge';
import { step, UNKNOWN_DOMAIN } from '../fixes';
import { arcTrustStep } from '../fix-plans';
import { dkimEvidence, report, type FindingMeta, type FindingModule } from './support';

const meta: FindingMeta<'dkim-body-hash'> = {
  id: 'dkim-body-hash',
  owner: 'sender-admin',
  severity: 'failure',
  title: 'Message body changed after signing',
  when: 'A DKIM result failed because the body hash did not verify.',
  why:
    'Something changed the body after it was signed (a list footer, a disclaimer rule, an intermediary). ' +
    'With a relay in sight the recipient’s admin acts (trust its ARC seal); without one, the sender’s ' +
    'own systems changed it and the sender’s admin acts.',
  references: [REFERENCES.ARC_SEALERS, REFERENCES.DKIM_SETUP, REFERENCES.RFC6376],
};

export const dkimBodyHash: FindingModule<'dkim-body-hash'> = {
  meta,
  detect(facts) {
    if (!facts.hasVerdict) return null;
    const failures = facts.bodyHashFailures;
    const first = failures[0];
    if (!first) return null;
    const shown = first.domain ?? facts.senderDomain ?? UNKNOWN_DOMAIN;
    const relayed = facts.forwarding.length > 0;
    return report(meta, facts, {
      owner: relayed ? 'recipient-admin' : 'sender-admin',
      title: `Message body changed after ${shown} signed it`,
      explanation:
        `The DKIM body hash didn't verify: the message body was modified after ${shown} signed it ` +
        '(for example by a mailing list, a transport rule adding a disclaimer, or an intermediary service).',
      steps: relayed
        ? [
            arcTrustStep(facts, 'Add the intermediary that relayed the message to the trusted ARC sealers:'),
            step('Or have the intermediary re-sign with DKIM after it modifies the message.'),
          ]
        : [
            step(
              `Find what changes the body after signing at ${shown} (disclaimer or footer transport rule, signature tool, outbound gateway) and make it run before DKIM signing.`,
            ),
            step(
              'Or have the last system that modifies the message sign it (DKIM re-sign after modification).',
            ),
          ],
      evidence: dkimEvidence(facts, failures),
    });
  },
};
