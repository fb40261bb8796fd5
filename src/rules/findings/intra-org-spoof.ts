import { REFERENCES } from '../knowledge';
import { allowSpoofCommand, step, UNKNOWN_DOMAIN } from '../fixes';
import { dkimFixSteps, spfFixSteps } from '../fix-plans';
import { compauthReportsAs, shownReason } from './compauth-verdict';
import { authorDomain, report, type FindingMeta, type FindingModule } from './support';

const meta: FindingMeta<'intra-org-spoof'> = {
  id: 'intra-org-spoof',
  owner: 'recipient-admin',
  severity: 'error',
  title: 'Mail claims to come from your own domain without authentication',
  when: 'compauth=fail with a reason reported as this finding (010 explicit, 601 implicit).',
  why:
    'The From domain is one of the organization’s own accepted domains, but the message did not ' +
    'authenticate as it: typically a printer, application or service sending as the domain unlisted.',
  references: [
    REFERENCES.ANTI_PHISHING_SPOOF_SETTINGS,
    REFERENCES.TENANT_ALLOW_BLOCK_SPOOF,
    REFERENCES.SPF_SETUP,
  ],
};

export const intraOrgSpoof: FindingModule<'intra-org-spoof'> = {
  meta,
  detect(facts) {
    if (!compauthReportsAs(facts, 'intra-org-spoof')) return null;
    const reason = shownReason(facts);
    const from = authorDomain(facts);
    const shown = from ?? UNKNOWN_DOMAIN;
    const explicit = facts.auth.compauth?.reason === '010';
    return report(meta, facts, {
      title: `Mail claims to come from your own domain ${shown} without authentication (reason ${reason})`,
      explanation:
        `${shown} is an accepted domain of your organization, but this message did not authenticate as it: ` +
        'a printer, business application, CRM or marketing service sends "as" your domain without being in your ' +
        `SPF or signing DKIM (${explicit ? 'explicit side: DMARC with quarantine/reject failed' : 'implicit side'}).`,
      steps: [
        ...spfFixSteps(facts, facts.auth.spf?.domain ?? from),
        ...dkimFixSteps(facts, from, 'Preferred: '),
        step('Or route its mail through an authenticated SMTP relay or connector of your tenant.'),
        step(
          'Last resort, an allow entry in the Tenant Allow/Block List:',
          allowSpoofCommand(from, facts.sendingInfrastructure, 'Internal'),
        ),
      ],
      evidence: facts.evidence.compauth,
    });
  },
};
