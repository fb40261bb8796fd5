import type { Finding } from '../diagnosis';
import type { RuleFacts } from '../facts';
import { REFERENCES } from '../knowledge';
import {
  dkimCnameStep,
  dmarcMonitorRecord,
  enableDkimCommand,
  spfRecordWithIp,
  UNKNOWN_DOMAIN,
} from '../fixes';
import { uniqueEvidence, type Rule } from './rule';

/** spf-and-dkim-fail and no-authentication: one finding with the fix priority instead of several. */
export const combinedRules: Rule = (facts) => [...spfAndDkimFail(facts), ...noAuthentication(facts)];

function allEvidence(facts: RuleFacts) {
  return uniqueEvidence([...facts.evidence.spf, ...facts.evidence.dkim.flat(), ...facts.evidence.dmarc]);
}

function spfAndDkimFail(facts: RuleFacts): Finding[] {
  if (!facts.spfAndDkimFail) return [];
  const spf = facts.auth.spf;
  const spfDomain = spf?.domain ?? facts.senderDomain;
  const from = facts.fromDomain ?? facts.senderDomain;
  const shownFrom = from ?? UNKNOWN_DOMAIN;
  const ip = facts.sendingIp;
  return [
    {
      id: 'spf-and-dkim-fail',
      severity: 'error',
      owner: 'sender-admin',
      title: `SPF and DKIM both failed for ${shownFrom}`,
      explanation:
        'Both SPF and DKIM authentication failed, so DMARC cannot pass (DMARC needs at least one aligned pass). ' +
        `The sending IP ${ip ?? '(not shown)'} is not authorized for ${spfDomain ?? UNKNOWN_DOMAIN}, and the DKIM ` +
        'signature did not verify. The message is likely quarantined or rejected.',
      fix: [
        `1. Fix SPF first (DNS change only; fastest fix): ${spfRecordWithIp(spfDomain, ip)}`,
        `2. Fix DKIM second: ${enableDkimCommand(from)}; ${dkimCnameStep(from)}`,
        `3. Verify DMARC alignment: the SPF or DKIM domain must match ${shownFrom}.`,
        '4. If a gateway is involved (it modifies messages or sends from an IP not in the SPF record), implement ARC on it.',
        ip
          ? `To confirm, find the message with Get-MessageTrace and check that ${ip} is a server you use.`
          : 'To find the sending IP, look the message up with Get-MessageTrace.',
      ],
      evidence: allEvidence(facts),
      references: [
        REFERENCES.TROUBLESHOOTING,
        REFERENCES.SPF_SETUP,
        REFERENCES.DKIM_SETUP,
        REFERENCES.DMARC_SETUP,
      ],
    },
  ];
}

function noAuthentication(facts: RuleFacts): Finding[] {
  if (!facts.noAuthentication) return [];
  const from = facts.fromDomain ?? facts.senderDomain;
  const shown = from ?? UNKNOWN_DOMAIN;
  const spfDomain = facts.auth.spf?.domain ?? from;
  return [
    {
      id: 'no-authentication',
      severity: 'error',
      owner: 'sender-admin',
      title: `${shown} has no SPF, DKIM or DMARC`,
      explanation:
        `The receiver found no SPF record, no DKIM signature and no DMARC record for ${shown}, so nothing proves ` +
        'the message really comes from that domain; Microsoft 365 and other receivers often treat such mail as spoofing.',
      fix: [
        `1. SPF: publish ${spfRecordWithIp(spfDomain, facts.sendingIp)} with every source you send from.`,
        `2. DKIM: sign outgoing mail as d=${shown} (Microsoft 365: ${enableDkimCommand(from)}).`,
        `3. DMARC: publish ${dmarcMonitorRecord(from)}, then harden to quarantine/reject.`,
      ],
      evidence: allEvidence(facts),
      references: [
        REFERENCES.SPF_SETUP,
        REFERENCES.DKIM_SETUP,
        REFERENCES.DMARC_SETUP,
        REFERENCES.AUTH_OVERVIEW,
      ],
    },
  ];
}
