/**
 * The servers that handed the message over (connecting hop, its PTR and HELO names) and the Message-ID
 * domain all belong to organizations other than the From domain's: the From line claims a sender whose
 * own systems did not send it. Not read when the From domain is proven or a forwarder/gateway explains the
 * route (then the last servers are the intermediary's by design). Hosts of shared mail services
 * (Microsoft 365, Google) are left out: they send for every customer, so they tell nothing.
 *
 * Weighs as spoofing when the From domain's own records reject the server (SPF fail/softfail), when DMARC
 * failed with nothing authenticated at all, or when the message claims the reader's own organization.
 * Otherwise (a third-party service authenticated as itself) it is only a caution.
 */
import type { Evidence } from '../../diagnosis';
import { organizationalDomain } from '../../alignment';
import { evidenceOf } from '../../evidence';
import { connectingHop } from '../../hops';
import type { SignalCheck, TrustContext } from '../context';
import { isSharedPlatform } from '../mailboxes';
import { shownDomain } from '../shown';

interface SendingHost {
  host: string;
  evidence: Evidence;
}

/** A host name worth comparing: has a dot and is not an address literal. */
function isHostName(name: string | null | undefined): name is string {
  return !!name && name.includes('.') && !/^[\d.[\]]+$/.test(name) && !name.includes(':');
}

function sendingHosts({ facts }: TrustContext): SendingHost[] {
  const { parsed } = facts;
  const hosts: SendingHost[] = [];
  const primary = parsed.authResults.find((a) => a.loc.line === facts.verdictEvidence[0]?.line) ?? null;
  const hop = connectingHop(parsed, primary);
  if (hop && isHostName(hop.from)) hosts.push({ host: hop.from, evidence: evidenceOf(hop.loc) });
  const forefront = parsed.forefront;
  for (const key of ['PTR', 'H']) {
    const value = forefront?.fields[key];
    if (forefront && isHostName(value)) hosts.push({ host: value, evidence: evidenceOf(forefront.loc) });
  }
  const spf = parsed.receivedSpf[0];
  if (spf && isHostName(spf.params['helo']))
    hosts.push({ host: spf.params['helo'], evidence: evidenceOf(spf.loc) });
  const messageId = parsed.messageId;
  const at = messageId?.lastIndexOf('@') ?? -1;
  const idDomain = messageId && at >= 0 ? messageId.slice(at + 1).replace(/>$/, '') : null;
  const idField = parsed.fields.find((f) => f.key === 'message-id');
  if (isHostName(idDomain) && idField) {
    hosts.push({
      host: idDomain.toLowerCase(),
      evidence: { header: idField.name, text: `${idField.name}: ${idField.value}`, line: idField.line },
    });
  }
  return hosts;
}

function rejectedBySender({ facts, recipientOrg, fromOrg }: TrustContext): boolean {
  const spf = facts.auth.spf?.result;
  const spfRejected = (spf === 'fail' || spf === 'softfail') && facts.auth.spf?.aligned !== false;
  const nothingPassed = facts.auth.dmarc?.result === 'fail' && !facts.spfPassed && !facts.dkimPassed;
  return spfRejected || nothingPassed || (recipientOrg !== null && recipientOrg === fromOrg);
}

export const unrelatedInfrastructure: SignalCheck = (context) => {
  const { fromOrg, proven, benignPath, facts } = context;
  if (!fromOrg || proven || benignPath.length > 0 || !facts.hasVerdict) return null;
  const hosts = sendingHosts(context).filter((h) => !isSharedPlatform(h.host));
  if (hosts.length === 0 || hosts.some((h) => organizationalDomain(h.host) === fromOrg)) return null;
  const failed = rejectedBySender(context);
  const orgs = [...new Set(hosts.map((h) => organizationalDomain(h.host)))];
  const from = shownDomain(fromOrg);
  const evidence = hosts
    .map((h) => h.evidence)
    .filter((e, i, all) => all.findIndex((o) => o.line === e.line) === i);
  return {
    weight: failed ? 'spoof' : 'caution',
    signal: {
      id: 'unrelated-infrastructure',
      text: `It was sent from ${orgs.map(shownDomain).join(', ')}, not from a server of ${from}.`,
      evidence,
    },
    headline: failed
      ? `This looks forged: it claims to be from ${context.recipientOrg === fromOrg ? `your own organization, ${from},` : from} but came from a server ${from} does not use.`
      : `It came from a server of another organization (${orgs.map(shownDomain).join(', ')}), not of ${from}.`,
  };
};
