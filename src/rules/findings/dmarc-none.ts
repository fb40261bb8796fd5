import type { FixStep } from '../diagnosis';
import { REFERENCES } from '../knowledge';
import { dmarcMonitorRecord, step, UNKNOWN_DOMAIN } from '../fixes';
import { authorDomain, report, type FindingMeta, type FindingModule } from './support';

const meta: FindingMeta<'dmarc-none'> = {
  id: 'dmarc-none',
  owner: 'sender-admin',
  severity: 'warning',
  title: 'No DMARC record',
  when: 'DMARC is none: the From domain publishes no DMARC record.',
  why:
    'Receivers are not told what to do with mail that fails SPF and DKIM, and Microsoft falls back to its ' +
    'own implicit judgement; nothing stops others from spoofing the domain.',
  references: [REFERENCES.DMARC_SETUP, REFERENCES.RFC7489],
};

export const dmarcNone: FindingModule<'dmarc-none'> = {
  meta,
  detect(facts) {
    if (facts.auth.dmarc?.result !== 'none') return null;
    const domain = authorDomain(facts);
    const shown = domain ?? UNKNOWN_DOMAIN;
    return report(meta, facts, {
      title: `No DMARC record for ${shown}`,
      explanation: `${shown} publishes no DMARC policy, so receivers cannot tell what to do with mail that fails SPF and DKIM, and Microsoft falls back to implicit authentication.`,
      steps: publishDmarcSteps(domain, shown),
      evidence: facts.evidence.dmarc,
    });
  },
};

/** A monitoring record first, then the road to enforcement (shared with dmarc-bestguesspass). */
export function publishDmarcSteps(domain: string | null, shown: string): FixStep[] {
  return [
    step(
      `Publish a DMARC record for ${shown} in monitoring mode with aggregate reports:`,
      dmarcMonitorRecord(domain),
    ),
    step(
      'Read the reports, make every legitimate source pass SPF or DKIM aligned, then move to p=quarantine and p=reject.',
    ),
  ];
}
