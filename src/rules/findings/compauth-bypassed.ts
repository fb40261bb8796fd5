import { REFERENCES } from '../knowledge';
import { step } from '../fixes';
import { arcTrustStep } from '../fix-plans';
import { compauthReportsAs, shownReason } from './compauth-verdict';
import { report, type FindingMeta, type FindingModule } from './support';

const meta: FindingMeta<'compauth-bypassed'> = {
  id: 'compauth-bypassed',
  owner: 'recipient-admin',
  severity: 'info',
  title: 'Composite authentication was not applied',
  when: 'compauth=none, or a reason reported as this finding (the 3xx, 4xx and 9xx families, 905).',
  why:
    'Microsoft did not check, or skipped, composite authentication, often because mail reaches it through ' +
    'another gateway or an on-premises server first, so the original sender could not be judged.',
  references: [REFERENCES.ENHANCED_FILTERING, REFERENCES.ARC_SEALERS, REFERENCES.AUTH_RESULTS_HEADER],
};

export const compauthBypassed: FindingModule<'compauth-bypassed'> = {
  meta,
  detect(facts) {
    if (!compauthReportsAs(facts, 'compauth-bypassed')) return null;
    const reason = shownReason(facts);
    return report(meta, facts, {
      title: `Composite authentication was not applied (reason ${reason})`,
      explanation:
        `The message was not checked for, or bypassed, composite authentication. ${facts.auth.compauth?.meaning ?? ''}` +
        (reason === '905'
          ? ' Complex routing (an on-premises server or third-party service before Microsoft 365) prevents normal DMARC enforcement.'
          : ''),
      steps: [
        arcTrustStep(
          facts,
          'If mail reaches Microsoft 365 through another gateway or on-premises server, configure ARC on it and add it to the trusted sealers:',
        ),
        step(
          'Or enable Enhanced Filtering for Connectors on the inbound connector so the original sending IP is evaluated.',
        ),
      ],
      evidence: facts.evidence.compauth,
    });
  },
};
