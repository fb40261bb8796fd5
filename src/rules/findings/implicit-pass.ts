import { REFERENCES } from '../knowledge';
import { dmarcMonitorRecord, step, UNKNOWN_DOMAIN } from '../fixes';
import { compauthReportsAs, shownReason } from './compauth-verdict';
import { authorDomain, report, type FindingMeta, type FindingModule } from './support';

const meta: FindingMeta<'implicit-pass'> = {
  id: 'implicit-pass',
  owner: 'sender-admin',
  severity: 'warning',
  title: "Passed on Microsoft's implicit signals only",
  when: 'compauth=pass with a reason reported as this finding (109, 111, 112, the 7xx family).',
  why:
    'The pass rests on Microsoft’s heuristics (history, reputation) because DMARC is missing or could not ' +
    'be read, not on a policy the domain published.',
  references: [REFERENCES.AUTH_RESULTS_HEADER, REFERENCES.DMARC_SETUP],
};

export const implicitPass: FindingModule<'implicit-pass'> = {
  meta,
  detect(facts) {
    if (!compauthReportsAs(facts, 'implicit-pass')) return null;
    const reason = shownReason(facts);
    const from = authorDomain(facts);
    const shown = from ?? UNKNOWN_DOMAIN;
    const meaning = facts.auth.compauth?.meaning ?? '';
    return report(meta, facts, {
      title: `Passed on Microsoft's implicit signals only (reason ${reason})`,
      explanation: `${meaning} The pass rests on Microsoft's heuristics, not on a policy ${shown} published.`,
      steps:
        reason === '111'
          ? [
              step(
                `Fix the DMARC record of ${shown}: it returned a temporary or permanent error. A valid minimal record:`,
                dmarcMonitorRecord(from),
              ),
            ]
          : reason === '112'
            ? [
                step(
                  `Check that the authoritative DNS servers of ${shown} answer TXT queries for _dmarc.${shown} without timing out.`,
                ),
              ]
            : [step(`Publish DMARC for ${shown} to formalize your intent:`, dmarcMonitorRecord(from))],
      evidence: facts.evidence.compauth,
    });
  },
};
