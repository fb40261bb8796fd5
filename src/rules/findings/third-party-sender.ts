import { REFERENCES } from '../knowledge';
import { dmarcAlignment, organizationalDomain } from '../alignment';
import { dmarcSubdomainRecord, step } from '../fixes';
import { passEvidence, report, type FindingMeta, type FindingModule } from './support';

const meta: FindingMeta<'third-party-sender'> = {
  id: 'third-party-sender',
  owner: 'sender-admin',
  severity: 'failure',
  title: 'A service sends as the domain without alignment',
  when:
    'SPF and DKIM both pass for one other organization (the same organizational domain), neither aligns ' +
    'with the From domain, and DMARC has no aligned pass.',
  why:
    'A marketing or CRM platform sending for you authenticates as itself, not as you, so DMARC fails ' +
    'although everything "passes". The platform has to sign or bounce with your domain.',
  references: [REFERENCES.DKIM_SETUP, REFERENCES.SPF_SETUP, REFERENCES.DMARC_SETUP, REFERENCES.RFC7489],
  supersedes: ['gateway-modified', 'dmarc-alignment'],
};

export const thirdPartySender: FindingModule<'third-party-sender'> = {
  meta,
  detect(facts) {
    const spf = facts.auth.spf;
    const from = facts.fromDomain;
    if (!facts.hasVerdict || !spf?.domain || !from || !facts.spfPassed || facts.carried) return null;
    const passing = facts.auth.dkim.filter((d) => d.result === 'pass' && d.domain);
    const serviceOrg = organizationalDomain(spf.domain);
    const sameService = passing.filter((d) => organizationalDomain(d.domain ?? '') === serviceOrg);
    if (sameService.length === 0) return null;
    if (dmarcAlignment(spf.domain, from, facts.mode.spf) !== false) return null;
    if (passing.some((d) => dmarcAlignment(d.domain, from, facts.mode.dkim) !== false)) return null;
    const service = spf.domain;
    return report(meta, facts, {
      title: `${service} sends as ${from} without alignment`,
      explanation:
        `A service (for example a marketing or CRM platform such as Marketo or HubSpot) sends from its own ` +
        `infrastructure: SPF and DKIM both pass for ${service}, but neither aligns with the From domain ${from}, ` +
        'so DMARC has no aligned pass.',
      steps: [
        step(
          `Preferred: configure ${service} to DKIM-sign with your domain (d=${from}); publish the selector records it gives you.`,
        ),
        step(
          `Or add the service's SPF include to the SPF record of ${from} and have it use a bounce (MAIL FROM) address in ${from} (aligned SPF pass).`,
        ),
        step(
          `Or send this mail from a subdomain such as marketing.${from}: configure SPF and DKIM for the subdomain at the service, ` +
            'and publish relaxed alignment with a subdomain policy:',
          dmarcSubdomainRecord(from),
        ),
      ],
      evidence: passEvidence(facts),
    });
  },
};
