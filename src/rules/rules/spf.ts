import type { Finding } from '../diagnosis';
import { REFERENCES } from '../knowledge';
import { spfRecordWithIp, UNKNOWN_DOMAIN } from '../fixes';
import { failureSeverity, type Rule } from './rule';

/** spf-none, spf-fail, spf-permerror, spf-temperror for the SPF (smtp.mailfrom) domain. */
export const spfRules: Rule = (facts) => {
  const spf = facts.auth.spf;
  if (!spf || facts.noAuthentication) return [];
  const domain = spf.domain ?? facts.senderDomain;
  const shown = domain ?? UNKNOWN_DOMAIN;
  const ip = spf.ip;
  const base = {
    owner: 'sender-admin' as const,
    evidence: facts.evidence.spf,
    severity: failureSeverity(facts),
  };
  const findings: Finding[] = [];

  switch (spf.result) {
    case 'none':
      findings.push({
        ...base,
        id: 'spf-none',
        title: `No SPF record for ${shown}`,
        explanation:
          `The receiver found no SPF TXT record for ${shown}, the envelope (MAIL FROM) domain, so it cannot ` +
          'tell which servers may send for it.',
        fix: [
          `Publish one SPF TXT record for ${shown} that lists every service sending for it, starting with the IP this message came from: ${spfRecordWithIp(domain, ip)}`,
          'Start with ~all (soft fail); move to -all once every sending source is listed.',
        ],
        references: [REFERENCES.SPF_SETUP, REFERENCES.RFC7208],
      });
      break;
    case 'fail':
    case 'softfail':
    case 'neutral':
      if (facts.explainedByForwarding) break;
      findings.push({
        ...base,
        id: 'spf-fail',
        title: `SPF ${spf.result} for ${shown}`,
        explanation:
          `The sending IP ${ip ?? '(not shown)'} isn't included in the SPF record of ${shown}` +
          (spf.result === 'fail'
            ? ''
            : ` (the record ends in ${spf.result === 'softfail' ? '~all' : '?all'})`) +
          '. This is common after adding a new email service or a non-Microsoft relay.',
        fix: [
          `Add the sending IP, or the sending service's include:, to the SPF record of ${shown}: ${spfRecordWithIp(domain, ip)}`,
          'Keep a single SPF record: merge your existing mechanisms into it (include:spf.protection.outlook.com is for mail sent from Microsoft 365).',
          "If the IP belongs to a service (CRM, marketing, relay), add that service's documented include: instead of the bare IP.",
        ],
        references: [REFERENCES.SPF_SETUP, REFERENCES.TROUBLESHOOTING, REFERENCES.RFC7208],
      });
      break;
    case 'permerror':
      findings.push({
        ...base,
        id: 'spf-permerror',
        title: `SPF record of ${shown} is broken (permerror)`,
        explanation:
          `The SPF record of ${shown} could not be evaluated: it needs more than 10 DNS lookups, there are ` +
          'several SPF records for the same name, or its syntax is invalid.',
        fix: [
          `Keep exactly one SPF record for ${shown}; merge any others into it.`,
          'Count the mechanisms that cost a DNS lookup (include, a, mx, ptr, exists, redirect): at most 10, and at most 2 void lookups.',
          'Flatten: replace includes you control by their ip4:/ip6: ranges.',
        ],
        references: [REFERENCES.SPF_TROUBLESHOOTING, REFERENCES.RFC7208],
      });
      break;
    case 'temperror':
      findings.push({
        ...base,
        id: 'spf-temperror',
        title: `SPF lookup for ${shown} timed out (temperror)`,
        explanation:
          `A temporary DNS failure occurred while the receiver queried the SPF record of ${shown}: the ` +
          'authoritative DNS server was unreachable or timed out.',
        fix: [
          `Check that every authoritative name server of ${shown} answers TXT queries quickly and consistently.`,
          'Set the TTL of the SPF TXT record to at least 3600 seconds.',
        ],
        references: [REFERENCES.SPF_TROUBLESHOOTING, REFERENCES.RFC7208],
      });
      break;
  }
  return findings;
};
