import type { Finding, FindingId } from '../diagnosis';
import type { RuleFacts } from '../facts';
import { lookupCompauthReason, REFERENCES } from '../knowledge';
import {
  allowSpoofCommand,
  code,
  dmarcMonitorRecord,
  enableDkimCommand,
  spfRecordWithIp,
  trustArcSealerCommand,
  UNKNOWN_DOMAIN,
} from '../fixes';
import type { Rule } from './rule';
import { listSome } from '../trim-and-list';

/** The finding a compauth reason code stands for (compauth-reason-codes-guide.txt, by code then family). */
export function compauthFindingId(reason: string | null, result: string, facts: RuleFacts): FindingId | null {
  if (reason === '000') return 'compauth-explicit-failure';
  if (reason === '001') return allStandardPass(facts) ? 'spoof-intelligence' : 'compauth-implicit-failure';
  if (reason === '002') return 'tenant-blocked';
  if (reason === '010' || reason === '601') return 'intra-org-spoof';
  if (reason === '130') return 'arc-rescued';
  if (reason === '109' || reason === '111' || reason === '112') return 'implicit-pass';
  switch (reason && /^\d{3}$/.test(reason) ? reason[0] : null) {
    case '1':
      return null; // 100-104, 108, 115, 116: passed; `authenticated` reports it.
    case '2':
      return 'softpass';
    case '3':
    case '4':
    case '9':
      return 'compauth-bypassed';
    case '5':
      return null; // 501/502: DMARC not enforced on a valid NDR; nothing to fix.
    case '6':
      return 'compauth-implicit-failure';
    case '7':
      return 'implicit-pass';
  }
  // No code, or a family the table lacks: go by the result.
  if (result === 'fail') return 'compauth-implicit-failure';
  if (result === 'softpass') return 'softpass';
  if (result === 'none') return 'compauth-bypassed';
  return null;
}

/** Reason 001 with spf, dkim and dmarc all pass: spoof intelligence, not the sender's records. */
function allStandardPass(facts: RuleFacts): boolean {
  return facts.spfPassed && facts.dkimPassed && facts.auth.dmarc?.result === 'pass';
}

/** Findings for Microsoft's composite authentication verdict, plus undocumented-reason when it applies. */
export const compauthRules: Rule = (facts) => {
  const compauth = facts.auth.compauth;
  if (!compauth) return [];
  const findings: Finding[] = [];
  const id = compauthFindingId(compauth.reason, compauth.result, facts);
  if (id) findings.push(compauthFinding(id, facts));
  if (facts.compauthReasonWritten && !compauth.documented) findings.push(undocumented(facts, id));
  return findings;
};

function compauthFinding(id: FindingId, facts: RuleFacts): Finding {
  const compauth = facts.auth.compauth;
  const reason = compauth?.reason ?? '(none)';
  const from = facts.fromDomain ?? facts.senderDomain;
  const shown = from ?? UNKNOWN_DOMAIN;
  const infrastructure = facts.sendingInfrastructure;
  const meaning = compauth?.meaning ?? '';
  const evidence = facts.evidence.compauth;
  const spfRecord = spfRecordWithIp(facts.auth.spf?.domain ?? from, facts.sendingIp);
  const common = { evidence };

  switch (id) {
    case 'compauth-explicit-failure':
      return {
        ...common,
        id,
        severity: 'error',
        owner: 'sender-admin',
        title: `Composite authentication failed explicitly (reason ${reason})`,
        explanation:
          `Explicit authentication failure: ${shown} publishes a DMARC policy of quarantine or reject, but the ` +
          'message does not align (SPF and DKIM break alignment, often during forwarding or from an unauthorized source).' +
          (facts.auth.dmarc?.policy === 'reject' || facts.auth.dmarc?.action === 'reject'
            ? ' Against p=reject, Microsoft 365 can refuse it at the gateway with NDR 550 5.7.509.'
            : ''),
        fix: [
          `Authorize the sending source in SPF: ${spfRecord}`,
          `Sign with DKIM aligned with the From domain: ${enableDkimCommand(from)}`,
          "If the message was forwarded, the recipient's admin should configure the forwarder as a trusted ARC sealer (reason 130 then replaces the failure).",
        ],
        references: [REFERENCES.AUTH_RESULTS_HEADER, REFERENCES.DMARC_SETUP, REFERENCES.ARC_SEALERS],
      };
    case 'compauth-implicit-failure':
      return {
        ...common,
        id,
        severity: 'error',
        owner: 'sender-admin',
        title: `Composite authentication failed implicitly (reason ${reason})`,
        explanation:
          `Implicit authentication failure: ${shown} has no usable authentication (no DMARC, SPF with ~all or ?all, ` +
          "or no aligned DKIM) and Microsoft's own signals (IP reputation, history) were not enough to trust it.",
        fix: [
          `Publish aligned SPF for ${shown}: ${spfRecord}`,
          `Sign with DKIM as d=${shown}: ${enableDkimCommand(from)}`,
          `Publish DMARC: ${dmarcMonitorRecord(from)}`,
          'Then harden gradually: SPF ~all to -all, DMARC p=none to p=quarantine.',
        ],
        references: [REFERENCES.AUTH_RESULTS_HEADER, REFERENCES.COMPOSITE_AUTH, REFERENCES.DMARC_SETUP],
      };
    case 'spoof-intelligence':
      return {
        ...common,
        id,
        severity: 'error',
        owner: 'recipient-admin',
        title: `Spoof intelligence flagged ${shown} although SPF, DKIM and DMARC pass`,
        explanation:
          "All standard authentication passes, but Microsoft's composite authentication still fails (reason 001). " +
          `Spoof intelligence is likely flagging ${shown} because of cross-tenant trust issues.`,
        fix: [
          `Add ${shown} to the spoof allow list of the Tenant Allow/Block List; connect to Exchange Online PowerShell and run: ${allowSpoofCommand(from, infrastructure)}`,
        ],
        references: [REFERENCES.TENANT_ALLOW_BLOCK_SPOOF, REFERENCES.SPOOF_INTELLIGENCE],
      };
    case 'tenant-blocked':
      return {
        ...common,
        id,
        severity: 'error',
        owner: 'recipient-admin',
        title: `Your organization blocks spoofed mail from ${shown} (reason 002)`,
        explanation:
          `A tenant policy explicitly forbids this sender/domain pair: an administrator blocked ${shown} in the ` +
          'Tenant Allow/Block List or by an anti-spoofing rule. This is a decision, not a technical defect.',
        fix: [
          `Find the entry: ${code(`Get-TenantAllowBlockListSpoofItems -Identity Default | Where-Object {$_.SpoofedUser -like "*${shown}"}`)}`,
          `Check why it was blocked; if the sender is legitimate, remove it: ${code('Remove-TenantAllowBlockListSpoofItems -Identity Default -Ids <Id>')}`,
        ],
        references: [REFERENCES.TENANT_ALLOW_BLOCK_SPOOF, REFERENCES.SPOOF_INTELLIGENCE],
      };
    case 'intra-org-spoof':
      return {
        ...common,
        id,
        severity: 'error',
        owner: 'recipient-admin',
        title: `Mail claims to come from your own domain ${shown} without authentication (reason ${reason})`,
        explanation:
          `${shown} is an accepted domain of your organization, but this message did not authenticate as it: ` +
          'a printer, business application, CRM or marketing service sends "as" your domain without being in your ' +
          `SPF or signing DKIM (${reason === '010' ? 'explicit side: DMARC with quarantine/reject failed' : 'implicit side'}).`,
        fix: [
          `Preferred: have the source DKIM-sign with d=${shown} and add it to the SPF record of ${shown}: ${spfRecord}`,
          'Or route its mail through an authenticated SMTP relay or connector of your tenant.',
          `Last resort, an allow entry in the Tenant Allow/Block List: ${allowSpoofCommand(from, infrastructure, 'Internal')}`,
        ],
        references: [
          REFERENCES.ANTI_PHISHING_SPOOF_SETTINGS,
          REFERENCES.TENANT_ALLOW_BLOCK_SPOOF,
          REFERENCES.SPF_SETUP,
        ],
      };
    case 'softpass':
      return {
        ...common,
        id,
        severity: 'warning',
        owner: 'sender-admin',
        title: `Composite authentication only soft-passed (reason ${reason})`,
        explanation:
          'The message partially passed implicit authentication on weak signals (alignment by reverse DNS or subnet), ' +
          `not on ${shown}'s own SPF, DKIM and DMARC.`,
        fix: [
          `Publish aligned SPF for ${shown}: ${spfRecord}`,
          `Sign with DKIM as d=${shown}: ${enableDkimCommand(from)}`,
          `Publish DMARC: ${dmarcMonitorRecord(from)}`,
        ],
        references: [REFERENCES.AUTH_RESULTS_HEADER, REFERENCES.COMPOSITE_AUTH],
      };
    case 'implicit-pass':
      return {
        ...common,
        id,
        severity: 'warning',
        owner: 'sender-admin',
        title: `Passed on Microsoft's implicit signals only (reason ${reason})`,
        explanation: `${meaning} The pass rests on Microsoft's heuristics, not on a policy ${shown} published.`,
        fix:
          reason === '111'
            ? [
                `Fix the DMARC record of ${shown}: it returned a temporary or permanent error. A valid minimal record: ${dmarcMonitorRecord(from)}`,
              ]
            : reason === '112'
              ? [
                  `Check that the authoritative DNS servers of ${shown} answer TXT queries for _dmarc.${shown} without timing out.`,
                ]
              : [`Publish DMARC for ${shown} to formalize your intent: ${dmarcMonitorRecord(from)}`],
        references: [REFERENCES.AUTH_RESULTS_HEADER, REFERENCES.DMARC_SETUP],
      };
    case 'arc-rescued':
      return {
        ...common,
        id,
        severity: 'info',
        owner: 'none',
        title: 'A trusted ARC sealer rescued a DMARC failure (reason 130)',
        explanation:
          'The message would have failed DMARC (typically because it was forwarded), but a trusted ARC sealer ' +
          `${(facts.auth.arc?.sealers ?? []).length ? `(${listSome(facts.auth.arc?.sealers ?? [], ', ')}) ` : ''}preserved the original authentication results and Microsoft accepted them. Your ARC chain works.`,
        fix: ['No action needed.'],
        references: [REFERENCES.ARC_SEALERS, REFERENCES.RFC8617],
      };
    default:
      return {
        ...common,
        id: 'compauth-bypassed',
        severity: 'info',
        owner: 'recipient-admin',
        title: `Composite authentication was not applied (reason ${reason})`,
        explanation:
          `The message was not checked for, or bypassed, composite authentication. ${meaning}` +
          (reason === '905'
            ? ' Complex routing (an on-premises server or third-party service before Microsoft 365) prevents normal DMARC enforcement.'
            : ''),
        fix: [
          `If mail reaches Microsoft 365 through another gateway or on-premises server, configure ARC on it and trust it: ${trustArcSealerCommand('<gateway domain>')}`,
          'Or enable Enhanced Filtering for Connectors on the inbound connector so the original sending IP is evaluated.',
        ],
        references: [REFERENCES.ENHANCED_FILTERING, REFERENCES.ARC_SEALERS, REFERENCES.AUTH_RESULTS_HEADER],
      };
  }
}

function undocumented(facts: RuleFacts, familyFinding: FindingId | null): Finding {
  const reason = facts.compauthReasonWritten ?? '';
  const family = lookupCompauthReason(reason)?.row.code ?? null;
  return {
    id: 'undocumented-reason',
    severity: 'info',
    owner: 'none',
    title: `compauth reason ${reason} is not documented by Microsoft`,
    explanation:
      `Microsoft does not document reason ${reason}; some third-party tools cite a meaning for it, but none is sourced. ` +
      (family
        ? `It is treated by its family (${family})`
        : `Its family is not in Microsoft's table either, so it is judged by the compauth result (${facts.auth.compauth?.result ?? 'none'})`) +
      (familyFinding ? `, reported as ${familyFinding}.` : '.') +
      ' Do not over-read it.',
    fix: [
      familyFinding
        ? `Follow the ${familyFinding} finding; do not base a diagnosis on an unsourced definition of ${reason}.`
        : `Nothing to do for ${reason} itself; do not base a diagnosis on an unsourced definition.`,
    ],
    evidence: facts.evidence.compauth,
    references: [REFERENCES.AUTH_RESULTS_HEADER],
  };
}
