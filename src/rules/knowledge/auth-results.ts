/**
 * What each SPF, DKIM, DMARC and compauth result means. SPF/DKIM/DMARC results are the RFCs' (RFC 7208
 * §2.6, RFC 8601 §2.7.1, RFC 7489 §11.2) plus Microsoft's bestguesspass; compauth's are the compauth
 * guide's value table.
 */
import type { AuthMethod, AuthResultRow, DmarcActionRow, DmarcPolicyRow } from './types';
import { SOURCES } from './sources';
import { REFERENCES } from './references';

export const AUTH_RESULTS: AuthResultRow[] = [
  {
    method: 'spf',
    result: 'pass',
    meaning: 'The sending IP is authorized by the SPF record of the MAIL FROM domain.',
    passing: true,
    source: SOURCES.rfc7208Results,
  },
  {
    method: 'spf',
    result: 'fail',
    meaning: 'The sending IP is explicitly not authorized by the SPF record (-all).',
    passing: false,
    source: SOURCES.rfc7208Results,
  },
  {
    method: 'spf',
    result: 'softfail',
    meaning: 'The SPF record says the sending IP is probably not authorized (~all).',
    passing: false,
    source: SOURCES.rfc7208Results,
  },
  {
    method: 'spf',
    result: 'neutral',
    meaning: 'The SPF record makes no assertion about the sending IP (?all).',
    passing: false,
    source: SOURCES.rfc7208Results,
  },
  {
    method: 'spf',
    result: 'none',
    meaning: 'No SPF record was found for the domain (or no domain could be checked).',
    passing: false,
    source: SOURCES.rfc7208Results,
  },
  {
    method: 'spf',
    result: 'temperror',
    meaning: 'A transient error, usually DNS, stopped the SPF check; a later retry may succeed.',
    passing: false,
    source: SOURCES.rfc7208Results,
  },
  {
    method: 'spf',
    result: 'permerror',
    meaning:
      'The SPF record could not be interpreted (syntax error, more than 10 DNS lookups, or several SPF records).',
    passing: false,
    source: SOURCES.rfc7208Results,
  },
  {
    method: 'dkim',
    result: 'pass',
    meaning: 'A DKIM signature verified.',
    passing: true,
    source: SOURCES.rfc8601Dkim,
  },
  {
    method: 'dkim',
    result: 'fail',
    meaning: 'A DKIM signature was present but did not verify (wrong key, or the signed content changed).',
    passing: false,
    source: SOURCES.rfc8601Dkim,
  },
  {
    method: 'dkim',
    result: 'none',
    meaning: 'The message was not signed.',
    passing: false,
    source: SOURCES.rfc8601Dkim,
  },
  {
    method: 'dkim',
    result: 'policy',
    meaning: "A signature verified but was not acceptable under the receiver's local policy.",
    passing: false,
    source: SOURCES.rfc8601Dkim,
  },
  {
    method: 'dkim',
    result: 'neutral',
    meaning: 'A signature was present but could not be processed (e.g. a syntax error).',
    passing: false,
    source: SOURCES.rfc8601Dkim,
  },
  {
    method: 'dkim',
    result: 'temperror',
    meaning: 'A transient error, such as a DNS timeout fetching the public key, stopped verification.',
    passing: false,
    source: SOURCES.rfc8601Dkim,
  },
  {
    method: 'dkim',
    result: 'permerror',
    meaning:
      'The signature could not be verified because of a permanent error, such as a missing or malformed public key.',
    passing: false,
    source: SOURCES.rfc8601Dkim,
  },
  {
    method: 'dmarc',
    result: 'pass',
    meaning: 'SPF or DKIM passed for a domain aligned with the From domain.',
    passing: true,
    source: SOURCES.rfc7489Results,
  },
  {
    method: 'dmarc',
    result: 'fail',
    meaning: 'Neither SPF nor DKIM passed for a domain aligned with the From domain.',
    passing: false,
    source: SOURCES.rfc7489Results,
  },
  {
    method: 'dmarc',
    result: 'none',
    meaning: 'The From domain publishes no DMARC record.',
    passing: false,
    source: SOURCES.rfc7489Results,
  },
  {
    method: 'dmarc',
    result: 'temperror',
    meaning: 'A transient DNS error stopped the DMARC record lookup.',
    passing: false,
    source: SOURCES.rfc7489Results,
  },
  {
    method: 'dmarc',
    result: 'permerror',
    meaning: 'The DMARC record is malformed.',
    passing: false,
    source: SOURCES.rfc7489Results,
  },
  {
    method: 'dmarc',
    result: 'bestguesspass',
    meaning: 'No DMARC record, but it would have passed.',
    passing: true,
    source: SOURCES.authResultsAsStamped,
  },
  {
    method: 'compauth',
    result: 'pass',
    meaning:
      'Composite authentication passed: explicitly through aligned SPF, DKIM or DMARC, or implicitly through enough other signals.',
    passing: true,
    finding: null,
    source: SOURCES.compauthValues,
  },
  {
    method: 'compauth',
    result: 'softpass',
    meaning:
      'Implicit authentication passed only weakly, e.g. the From domain matched a PTR name or a subnet.',
    passing: true,
    finding: 'softpass',
    source: SOURCES.compauthValues,
  },
  {
    method: 'compauth',
    result: 'fail',
    meaning:
      'Composite authentication failed, explicitly or implicitly. A risk signal for filtering, not in itself a block.',
    passing: false,
    finding: 'compauth-implicit-failure',
    source: SOURCES.compauthValues,
  },
  {
    method: 'compauth',
    result: 'none',
    meaning:
      'Composite authentication was skipped, e.g. for special routing or mail another gateway had already handled.',
    passing: false,
    finding: 'compauth-bypassed',
    source: SOURCES.compauthValues,
  },
];

/** The meaning of a result (case-insensitive), or undefined for a result the method does not define. */
export function lookupAuthResult(method: AuthMethod, result: string): AuthResultRow | undefined {
  const wanted = result.trim().toLowerCase();
  return AUTH_RESULTS.find((row) => row.method === method && row.result === wanted);
}

/** Microsoft's dmarc `action=` values (header-facts; quarantine as the troubleshooting guide shows it). */
export const DMARC_ACTIONS: DmarcActionRow[] = [
  {
    action: 'none',
    meaning: 'No DMARC action was taken.',
    enforced: false,
    source: SOURCES.authResultsAsStamped,
  },
  {
    action: 'quarantine',
    meaning: "The message failed DMARC and the sender's policy p=quarantine was applied.",
    enforced: true,
    source: { ...SOURCES.quickReference, section: 'DMARC failures' },
  },
  {
    action: 'oreject',
    meaning:
      'Override reject: the message failed DMARC with p=reject, but was marked as spam instead of rejected.',
    enforced: true,
    source: SOURCES.authResultsAsStamped,
  },
  {
    action: 'o.reject',
    meaning: 'Override reject (alternative spelling of oreject): marked as spam instead of rejected.',
    enforced: true,
    source: SOURCES.authResultsAsStamped,
  },
  {
    action: 'pct.quarantine',
    meaning:
      'The message failed DMARC with p=quarantine, but pct<100 sampled it out: the policy was not applied.',
    enforced: false,
    source: SOURCES.authResultsAsStamped,
  },
  {
    action: 'pct.reject',
    meaning:
      'The message failed DMARC with p=reject, but pct<100 sampled it out: the policy was not applied.',
    enforced: false,
    source: SOURCES.authResultsAsStamped,
  },
  {
    action: 'permerror',
    meaning: 'A permanent error occurred during DMARC evaluation: the DMARC record is malformed.',
    enforced: false,
    source: SOURCES.authResultsAsStamped,
  },
  {
    action: 'temperror',
    meaning: 'A temporary error occurred during DMARC evaluation; a later message may be processed properly.',
    enforced: false,
    source: SOURCES.authResultsAsStamped,
  },
];

export function lookupDmarcAction(action: string): DmarcActionRow | undefined {
  const wanted = action.trim().toLowerCase();
  return DMARC_ACTIONS.find((row) => row.action === wanted);
}

const dmarcPolicySource = {
  doc: 'RFC 7489',
  section: '6.3 General Record Format (p=)',
  url: REFERENCES.RFC7489,
};

/**
 * The policies a DMARC record can publish (p=), which Gmail and Yahoo print in their comment and Gmail
 * also uses for its disposition (dis=): what a failing message was, or was to be, subjected to.
 */
const DMARC_POLICIES: DmarcPolicyRow[] = [
  {
    policy: 'none',
    meaning: 'Monitor only: failing mail is delivered as usual.',
    enforced: false,
    source: dmarcPolicySource,
  },
  {
    policy: 'quarantine',
    meaning: 'Failing mail is treated as suspicious, usually sent to Junk.',
    enforced: true,
    source: dmarcPolicySource,
  },
  { policy: 'reject', meaning: 'Failing mail is refused.', enforced: true, source: dmarcPolicySource },
];

/**
 * Whether the sender's DMARC policy was applied to a failing message, from Microsoft's action= or, where
 * a receiver prints none, its disposition or the published policy.
 */
export function dmarcPolicyApplied(applied: string): boolean {
  const wanted = applied.trim().toLowerCase();
  const row = lookupDmarcAction(wanted) ?? DMARC_POLICIES.find((p) => p.policy === wanted);
  return row?.enforced ?? false;
}
