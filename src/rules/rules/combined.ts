import type { Finding } from '../diagnosis';
import type { RuleFacts } from '../facts';
import { REFERENCES } from '../knowledge';
import { code, dmarcMonitorRecord, enableDkimCommand, spfRecordWithIp, UNKNOWN_DOMAIN } from '../fixes';
import { evidenceOrVerdict, failureSeverity, uniqueEvidence, type Rule } from './rule';

/** spf-and-dkim-fail and no-authentication: one finding with the fix priority instead of several. */
export const combinedRules: Rule = (facts) => [...spfAndDkimFail(facts), ...noAuthentication(facts)];

function allEvidence(facts: RuleFacts) {
  return evidenceOrVerdict(
    facts,
    uniqueEvidence([...facts.evidence.spf, ...facts.evidence.dkim.flat(), ...facts.evidence.dmarc]),
  );
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
      severity: failureSeverity(facts),
      owner: 'sender-admin',
      title: `SPF and DKIM both failed for ${shownFrom}`,
      explanation:
        'Both SPF and DKIM authentication failed, so DMARC cannot pass (DMARC needs at least one aligned pass). ' +
        `The sending IP ${ip ?? '(not shown)'} is not authorized for ${spfDomain ?? UNKNOWN_DOMAIN}, and the DKIM ` +
        'signature did not verify. The message is likely quarantined or rejected.',
      fix: [
        `Fix SPF first (DNS change only; fastest fix): ${spfRecordWithIp(spfDomain, ip)}`,
        `Fix DKIM second (Microsoft 365 and DNS changes): publish the selector1 and selector2 DKIM CNAME records of ${shownFrom}, then turn signing on: ${enableDkimCommand(from)}`,
        `Verify DMARC alignment: the SPF or DKIM domain must match ${shownFrom}.`,
        'If a gateway is involved (it modifies messages or sends from an IP not in the SPF record), implement ARC on it.',
        ip
          ? `To confirm that ${ip} is a server you use, look the message up in message trace: ${code('Get-MessageTrace')}`
          : `To find the sending IP, look the message up in message trace: ${code('Get-MessageTrace')}`,
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
      severity: failureSeverity(facts),
      owner: 'sender-admin',
      title: `${shown} has no SPF, DKIM or DMARC`,
      explanation:
        `The receiver found no SPF record, no DKIM signature and no DMARC record for ${shown}, so nothing proves ` +
        'the message really comes from that domain; Microsoft 365 and other receivers often treat such mail as spoofing.',
      fix: [
        `SPF: publish one record with every source you send from: ${spfRecordWithIp(spfDomain, facts.sendingIp)}`,
        `DKIM: sign outgoing mail as d=${shown}; in Microsoft 365 run: ${enableDkimCommand(from)}`,
        `DMARC: publish a monitoring record, then harden to quarantine and reject: ${dmarcMonitorRecord(from)}`,
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
