import type { FixStep } from '../diagnosis';
import type { RuleFacts } from '../facts';
import { REFERENCES } from '../knowledge';
import { dmarcAlignment } from '../alignment';
import { dmarcMonitorRecord, step, UNKNOWN_DOMAIN } from '../fixes';
import { dkimFixSteps, spfFixSteps } from '../fix-plans';
import { compauthReportsAs, shownReason } from './compauth-verdict';
import { authorDomain, report, type FindingMeta, type FindingModule } from './support';

const meta: FindingMeta<'compauth-implicit-failure'> = {
  id: 'compauth-implicit-failure',
  owner: 'sender-admin',
  severity: 'error',
  title: 'Composite authentication failed implicitly',
  when:
    'compauth=fail with a reason reported as this finding (001, the 6xx family), or compauth=fail with ' +
    'no reason the table knows.',
  why:
    'The domain has no usable authentication (no DMARC, a soft SPF, no aligned DKIM) and Microsoft’s own ' +
    'signals were not enough to trust it, so the message is treated as likely spoofed.',
  references: [REFERENCES.AUTH_RESULTS_HEADER, REFERENCES.COMPOSITE_AUTH, REFERENCES.DMARC_SETUP],
};

export const compauthImplicitFailure: FindingModule<'compauth-implicit-failure'> = {
  meta,
  detect(facts) {
    if (!compauthReportsAs(facts, 'compauth-implicit-failure')) return null;
    const from = authorDomain(facts);
    const shown = from ?? UNKNOWN_DOMAIN;
    return report(meta, facts, {
      title: `Composite authentication failed implicitly (reason ${shownReason(facts)})`,
      explanation:
        `Implicit authentication failure: ${shown} has no usable authentication (no DMARC, SPF with ~all or ?all, ` +
        "or no aligned DKIM) and Microsoft's own signals (IP reputation, history) were not enough to trust it.",
      steps: [
        ...strengthenSteps(facts, from),
        step('Then harden gradually: SPF ~all to -all, DMARC p=none to p=quarantine.'),
      ],
      evidence: facts.evidence.compauth,
    });
  },
};

/** Aligned SPF, DKIM and a DMARC record: what implicit authentication lacks (shared with softpass). */
export function strengthenSteps(facts: RuleFacts, from: string | null): FixStep[] {
  return [
    ...spfFixSteps(facts, alignedSpfDomain(facts, from)),
    ...dkimFixSteps(facts, from),
    step('Publish DMARC:', dmarcMonitorRecord(from)),
  ];
}

/**
 * Where aligned SPF is published: the envelope domain when it is the From domain's organization, else the
 * From domain itself. An email service's bounce domain (bounces.esp.example) is not the customer's to
 * edit, and SPF passing there would not align anyway.
 */
function alignedSpfDomain(facts: RuleFacts, from: string | null): string | null {
  const envelope = facts.auth.spf?.domain ?? null;
  if (!from) return envelope;
  return dmarcAlignment(envelope, from, 'relaxed') === true ? envelope : from;
}
