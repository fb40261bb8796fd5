import { REFERENCES } from '../knowledge';
import { dmarcMonitorRecord, newSpfRecordStep, step, UNKNOWN_DOMAIN } from '../fixes';
import { dkimFixSteps } from '../fix-plans';
import { sendsThroughMicrosoft365 } from '../platform';
import { allMethodEvidence, authorDomain, report, type FindingMeta, type FindingModule } from './support';

const meta: FindingMeta<'no-authentication'> = {
  id: 'no-authentication',
  owner: 'sender-admin',
  severity: 'failure',
  title: 'No SPF, DKIM or DMARC',
  when: 'The receiver’s verdict reports spf, dkim and dmarc, each as none (a method it does not mention is no evidence).',
  why:
    'Nothing is set up, so nothing proves the mail comes from the domain and receivers treat it as ' +
    'possible spoofing. One finding with all three records replaces the three separate "none" findings.',
  references: [REFERENCES.SPF_SETUP, REFERENCES.DKIM_SETUP, REFERENCES.DMARC_SETUP, REFERENCES.AUTH_OVERVIEW],
  supersedes: ['spf-none', 'dkim-none', 'dmarc-none'],
};

export const noAuthentication: FindingModule<'no-authentication'> = {
  meta,
  detect(facts) {
    if (!facts.noAuthentication) return null;
    const from = authorDomain(facts);
    const shown = from ?? UNKNOWN_DOMAIN;
    const spfDomain = facts.auth.spf?.domain ?? from;
    return report(meta, facts, {
      title: `${shown} has no SPF, DKIM or DMARC`,
      explanation:
        `The receiver found no SPF record, no DKIM signature and no DMARC record for ${shown}, so nothing proves ` +
        'the message really comes from that domain; Microsoft 365 and other receivers often treat such mail as spoofing.',
      steps: [
        newSpfRecordStep(spfDomain, facts.sendingIp, sendsThroughMicrosoft365(facts)),
        ...dkimFixSteps(facts, from, 'DKIM: '),
        step(
          'DMARC: publish a monitoring record, then harden to quarantine and reject:',
          dmarcMonitorRecord(from),
        ),
      ],
      evidence: allMethodEvidence(facts),
    });
  },
};
