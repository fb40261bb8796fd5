import type { Finding } from '../diagnosis';
import type { RuleFacts } from '../facts';
import { REFERENCES } from '../knowledge';
import { listSome } from '../trim-and-list';
import { code, dkimCnameStep, enableDkimCommand, trustArcSealerCommand, UNKNOWN_DOMAIN } from '../fixes';
import { dkimEvidence, evidenceOrVerdict, failureSeverity, uniqueEvidence, type Rule } from './rule';

/** dkim-none, dkim-fail and dkim-body-hash. */
export const dkimRules: Rule = (facts) => {
  if (!facts.hasVerdict || facts.noAuthentication) return [];
  return [...dkimNone(facts), ...dkimFail(facts), ...dkimBodyHash(facts)];
};

function dkimNone(facts: RuleFacts): Finding[] {
  const unsigned =
    facts.auth.dkim.length > 0
      ? facts.auth.dkim.every((d) => d.result === 'none')
      : facts.parsed.dkimSignatures.length === 0;
  if (!unsigned) return [];
  const domain = facts.senderDomain;
  const shown = domain ?? UNKNOWN_DOMAIN;
  // No dkim= result at all: the verdict's silence is the evidence.
  const evidence = evidenceOrVerdict(facts, uniqueEvidence(facts.evidence.dkim.flat()));
  return [
    {
      id: 'dkim-none',
      severity: failureSeverity(facts),
      owner: 'sender-admin',
      title: `Message not DKIM-signed by ${shown}`,
      explanation:
        `DKIM signing isn't configured for ${shown}, or this message wasn't signed. Without an aligned DKIM ` +
        'signature, DMARC depends on SPF alone, which breaks as soon as the message is forwarded.',
      fix: [
        `Microsoft 365, first the DNS records: ${dkimCnameStep(domain)}`,
        `Then connect to Exchange Online PowerShell and turn signing on: ${enableDkimCommand(domain)}`,
        `Another sending service: have it DKIM-sign with d=${shown} (publish the selector key it gives you).`,
      ],
      evidence,
      references: [REFERENCES.DKIM_SETUP, REFERENCES.DKIM_CNAME_SETUP, REFERENCES.RFC6376],
    },
  ];
}

function dkimFail(facts: RuleFacts): Finding[] {
  const failures = facts.otherDkimFailures;
  if (failures.length === 0) return [];
  const first = failures[0];
  const domain = first.domain ?? facts.senderDomain;
  const shown = domain ?? UNKNOWN_DOMAIN;
  const selector = first.selector ?? '<selector>';
  const timedOut = first.result === 'temperror';
  return [
    {
      id: 'dkim-fail',
      severity: failureSeverity(facts),
      owner: 'sender-admin',
      title: timedOut ? `DKIM key lookup for ${shown} failed` : `DKIM signature of ${shown} did not verify`,
      explanation: timedOut
        ? `The receiver could not fetch the DKIM key ${selector}._domainkey.${shown}: the TXT record is too large or the authoritative DNS server is slow to respond.`
        : `The DKIM public key published at ${selector}._domainkey.${shown} doesn't match the private key used to sign the message, or the selector record is missing` +
          (first.reason ? ` (the receiver said: ${first.reason}).` : '.'),
      fix: [
        `Check that ${selector}._domainkey.${shown} exists in DNS and holds the public key of the key that signs (s=${selector}).`,
        `Microsoft 365: check the CNAME records the domain needs: ${code(`Get-DkimSigningConfig -Identity ${shown} | Format-List Selector1CNAME,Selector2CNAME`)}`,
        `Then turn signing on: ${enableDkimCommand(domain)}`,
        `If the key is suspect, rotate it: ${code(`Rotate-DkimSigningConfig -Identity ${shown}`)}`,
        'Another sending service: republish the key it gives you, exactly as given (long keys split into several quoted strings).',
      ],
      evidence: dkimEvidence(facts, failures),
      references: [REFERENCES.DKIM_SETUP, REFERENCES.TROUBLESHOOTING, REFERENCES.RFC6376],
    },
  ];
}

function dkimBodyHash(facts: RuleFacts): Finding[] {
  const failures = facts.bodyHashFailures;
  if (failures.length === 0 || facts.gatewayModified || facts.arcRescued) return [];
  const shown = failures[0].domain ?? facts.senderDomain ?? UNKNOWN_DOMAIN;
  const relayed = facts.forwarding.length > 0;
  const sealers = listSome(facts.auth.arc?.sealers ?? [], ',', 5) || '<intermediary ARC domain>';
  return [
    {
      id: 'dkim-body-hash',
      severity: failureSeverity(facts),
      // An intermediary on the recipient's path (list, forwarder) changed it: the recipient side can trust
      // its ARC seal. With no relay in sight the sender's own systems changed it after signing.
      owner: relayed ? 'recipient-admin' : 'sender-admin',
      title: `Message body changed after ${shown} signed it`,
      explanation:
        `The DKIM body hash didn't verify: the message body was modified after ${shown} signed it ` +
        '(for example by a mailing list, a transport rule adding a disclaimer, or an intermediary service).',
      fix: relayed
        ? [
            `Configure the intermediary that relayed the message as a trusted ARC sealer: ${trustArcSealerCommand(sealers)}`,
            'Or have the intermediary re-sign with DKIM after it modifies the message.',
          ]
        : [
            `Find what changes the body after signing at ${shown} (disclaimer or footer transport rule, signature tool, outbound gateway) and make it run before DKIM signing.`,
            'Or have the last system that modifies the message sign it (DKIM re-sign after modification).',
          ],
      evidence: dkimEvidence(facts, failures),
      references: [REFERENCES.ARC_SEALERS, REFERENCES.DKIM_SETUP, REFERENCES.RFC6376],
    },
  ];
}
