import { REFERENCES } from '../knowledge';
import { blockSenderDomainCommand, protectDomainCommand, step } from '../fixes';
import { assessTrustSignals } from '../trust';
import { REPORT_PHISHING } from './report-phishing';
import { report, type FindingMeta, type FindingModule } from './support';

const meta: FindingMeta<'lookalike-domain'> = {
  id: 'lookalike-domain',
  owner: 'recipient-admin',
  severity: 'error',
  title: 'The From domain imitates another',
  when:
    "The From domain is a look-alike of the reader's own domain or of a well-known brand (confusable or " +
    'mixed-script characters, punycode, one or two characters changed).',
  why:
    'Authentication of a look-alike passing proves only who registered it; it does not make the message ' +
    'come from the organization it imitates.',
  references: [REFERENCES.ANTI_SPOOFING, REFERENCES.TENANT_ALLOW_BLOCK_SPOOF],
  // "Authenticated, nothing to do" would be the wrong answer for an impersonator.
  supersedes: ['authenticated'],
};

export const lookalikeDomain: FindingModule<'lookalike-domain'> = {
  meta,
  detect(facts) {
    const result = assessTrustSignals(facts).results.find((r) => r.signal.id === 'lookalike-domain');
    if (!result) return null;
    const lookalike = facts.parsed.from?.domain || facts.fromDomain;
    return report(meta, facts, {
      title: result.headline,
      explanation: result.signal.text,
      steps: [
        REPORT_PHISHING,
        step(
          'Block the look-alike domain in the Tenant Allow/Block List:',
          blockSenderDomainCommand(lookalike),
        ),
        ...(result.subject
          ? [
              step(
                'Add the imitated domain to the impersonation protection of your anti-phishing policy:',
                protectDomainCommand(result.subject),
              ),
            ]
          : []),
      ],
      evidence: result.signal.evidence,
    });
  },
};
