import { REFERENCES } from '../knowledge';
import { step, UNKNOWN_DOMAIN } from '../fixes';
import { dkimFixSteps, spfFixSteps } from '../fix-plans';
import { compauthReportsAs, shownReason } from './compauth-verdict';
import { authorDomain, report, type FindingMeta, type FindingModule } from './support';

const meta: FindingMeta<'compauth-explicit-failure'> = {
  id: 'compauth-explicit-failure',
  owner: 'sender-admin',
  severity: 'error',
  title: 'Composite authentication failed explicitly',
  when: 'compauth=fail with a reason whose row in COMPAUTH_REASONS is reported as this finding (000).',
  why:
    'The domain publishes DMARC quarantine or reject and the message does not align with it, so Microsoft ' +
    'junks it, or at p=reject refuses it.',
  references: [REFERENCES.AUTH_RESULTS_HEADER, REFERENCES.DMARC_SETUP, REFERENCES.ARC_SEALERS],
};

export const compauthExplicitFailure: FindingModule<'compauth-explicit-failure'> = {
  meta,
  detect(facts) {
    if (!compauthReportsAs(facts, 'compauth-explicit-failure')) return null;
    const from = authorDomain(facts);
    const shown = from ?? UNKNOWN_DOMAIN;
    const dmarc = facts.auth.dmarc;
    return report(meta, facts, {
      title: `Composite authentication failed explicitly (reason ${shownReason(facts)})`,
      explanation:
        `Explicit authentication failure: ${shown} publishes a DMARC policy of quarantine or reject, but the ` +
        'message does not align (SPF and DKIM break alignment, often during forwarding or from an unauthorized source).' +
        (dmarc?.policy === 'reject' || dmarc?.action === 'reject'
          ? ' Against p=reject, Microsoft 365 can refuse it at the gateway with NDR 550 5.7.509.'
          : ''),
      steps: [
        ...spfFixSteps(facts, facts.auth.spf?.domain ?? from),
        ...dkimFixSteps(facts, from),
        step(
          "If the message was forwarded, the recipient's admin should configure the forwarder as a trusted ARC sealer (reason 130 then replaces the failure).",
        ),
      ],
      evidence: facts.evidence.compauth,
    });
  },
};
