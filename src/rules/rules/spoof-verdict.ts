import type { Finding } from '../diagnosis';
import { decodeAntispamField, REFERENCES } from '../knowledge';
import { evidenceOf } from '../evidence';
import { trimEndChars } from '../trim-and-list';
import { allowSpoofCommand, UNKNOWN_DOMAIN } from '../fixes';
import type { Rule } from './rule';

/**
 * SFTY values that mean spoofing or impersonation: 9.19 / 9.20 today; 9.11 (intra-org spoof) and
 * 9.21-9.24 (spoof, possibly overridden) in the 2018 documentation (reference/header-facts.md).
 */
const SPOOF_SFTY = new Set(['9.19', '9.20', '9.11', '9.21', '9.22', '9.23', '9.24']);
const IMPERSONATION_SFTY = new Set(['9.19', '9.20']);
/** Filter verdicts that send a message to Junk or quarantine. */
const JUNKED_SFV = new Set(['SPM', 'SKS', 'SKB', 'BLK']);

/** spoof-verdict: X-Forefront-Antispam-Report says spoof (CAT:SPOOF) or a spoof/impersonation SFTY. */
export const spoofVerdictRule: Rule = (facts) => {
  const report = facts.parsed.forefront;
  if (!report) return [];
  const f = report.fields;
  const cat = f['CAT']?.toUpperCase() ?? null;
  const sfty = f['SFTY'] ?? null;
  if (cat !== 'SPOOF' && !(sfty && SPOOF_SFTY.has(sfty))) return [];

  const scl = Number(f['SCL']);
  const junked =
    cat === 'SPOOF' || (Number.isFinite(scl) && scl >= 5) || JUNKED_SFV.has(f['SFV']?.toUpperCase() ?? '');
  const decoded = ['CAT', 'SFTY', 'SFV', 'SCL']
    .filter((k) => f[k] !== undefined)
    .map((k) => {
      const d = decodeAntispamField(k, f[k]);
      return `${k}:${f[k]}${d ? ` = ${trimEndChars(d.meaning, '. ')}` : ''}`;
    });
  const from = facts.fromDomain ?? facts.senderDomain;
  const shown = from ?? UNKNOWN_DOMAIN;
  const infrastructure = facts.sendingInfrastructure;
  const impersonation = cat !== 'SPOOF' && sfty !== null && IMPERSONATION_SFTY.has(sfty);
  // compauth 010/601 and SFTY 9.11 mean the spoofed domain is one of your own accepted domains: the
  // Tenant Allow/Block List entry for that is an Internal spoof pair, not an External one.
  const reason = facts.auth.compauth?.reason;
  const spoofType = reason === '010' || reason === '601' || sfty === '9.11' ? 'Internal' : 'External';

  const finding: Finding = {
    id: 'spoof-verdict',
    severity: junked ? 'error' : 'warning',
    owner: 'recipient-admin',
    title: impersonation
      ? `Microsoft 365 flagged impersonation of ${shown}`
      : `Microsoft 365 treated the message as spoofing ${shown}`,
    explanation:
      (junked
        ? 'This is why the message went to Junk or quarantine: '
        : 'Microsoft 365 marked the message (safety tip) but did not junk it: ') +
      `${decoded.join('; ')}.` +
      (cat === 'SPOOF'
        ? ` The From domain ${shown} did not authenticate (see the SPF/DKIM/DMARC findings).`
        : ''),
    fix: impersonation
      ? [
          `If ${shown} is a legitimate partner, add it as a trusted sender/domain in the impersonation settings of your anti-phishing policy.`,
          'Release the message from quarantine if it was held and is legitimate.',
        ]
      : [
          `Best: have the sender fix authentication for ${shown} (see the other findings).`,
          `Meanwhile, if the sender is legitimate, allow the spoofed pair: ${allowSpoofCommand(from, infrastructure, spoofType)}`,
          'Release the message from quarantine if it was held and is legitimate.',
        ],
    evidence: [evidenceOf(report.loc)],
    references: [
      REFERENCES.ANTISPAM_HEADERS,
      REFERENCES.SPOOF_INTELLIGENCE,
      REFERENCES.TENANT_ALLOW_BLOCK_SPOOF,
      REFERENCES.ANTI_SPOOFING,
    ],
  };
  return [finding];
};
