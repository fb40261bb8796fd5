import type { ParsedMessage, ReceivedHop } from '../parser/types';
import type { AuthSummary, Evidence } from './diagnosis';
import type { PrimaryAuth } from './primary-results';
import { connectingHop } from './hops';
import { dmarcAlignment, organizationalDomain } from './alignment';
import { evidenceOf } from './evidence';
import { locateField } from '../parser/fields';

/**
 * Header fields that only a forwarder, a mailing list or a resend adds (RFC 2369 List-*, RFC 5322 §3.6.6
 * Resent-*, the forwarding stamps of Exchange and common MTAs).
 */
const RELAY_FIELDS = new Set([
  'list-id',
  'list-post',
  'mailing-list',
  'resent-from',
  'resent-sender',
  'x-forwarded-to',
  'x-forwarded-for',
  'x-ms-exchange-organization-autoforwarded',
  'x-mailman-version',
]);

/**
 * An envelope sender a forwarder rewrote: SRS (`SRS0=hash=tt=contoso.com=user@forwarder`, `SRS1=…`, and
 * Exchange Online's `bounces+SRS=hash=tt@tenant`) or Gmail's forwarding address (`user+caf_=…@gmail.com`).
 * Anchored or bounded, so linear on any local part.
 */
const REWRITTEN_ENVELOPE = /^(?:SRS[01][=+-]|bounces\+SRS=)|\+caf_=/i;

/** The Return-Path, when a forwarder rewrote it (see REWRITTEN_ENVELOPE). */
export function rewrittenEnvelope(parsed: ParsedMessage): Evidence | null {
  const path = parsed.returnPath;
  return path && REWRITTEN_ENVELOPE.test(path.address) ? evidenceOf(path.loc) : null;
}

/** RFC 3848's protocol names for a client that authenticated. */
const AUTHENTICATED_PROTOCOL = /^E?SMTPS?A$/i;
/** Postfix's and sendmail's comments naming an authenticated client. */
const AUTHENTICATED_CLIENT = /authenticated sender|\(authenticated bits=/i;

/**
 * A hop that took the message from an authenticated client (RFC 3848 ESMTPA/ESMTPSA, Postfix's
 * "Authenticated sender", sendmail's "authenticated bits="): the author submitting to its own mail
 * service, which is where the message starts, not a relay.
 */
function isAuthenticatedSubmission(hop: ReceivedHop): boolean {
  return (
    (hop.with !== null && AUTHENTICATED_PROTOCOL.test(hop.with)) || AUTHENTICATED_CLIENT.test(hop.loc.text)
  );
}

/** A hop's from-organisation is one of the original sender's. */
function isSender(org: string | null, senders: ReadonlySet<string>): boolean {
  return org !== null && senders.has(org);
}

/** A forwarder, list or resend stamped the message (a gateway in front of a mailbox does not). */
export function hasRelayFields(parsed: ParsedMessage): boolean {
  return parsed.fields.some((f) => RELAY_FIELDS.has(f.key));
}

/**
 * Evidence that someone between the author and this mailbox relayed the message, which is what breaks
 * SPF: the forwarder's IP is not in the original sender's SPF record (troubleshooting seed, "Forwarded
 * messages fail SPF"). Signals:
 * - an ARC seal from a domain outside the author's organization (an intermediary vouched for the results);
 * - an earlier hop's ARC-Authentication-Results where SPF passed (it broke later, at a relay);
 *   in both, the receiver's own ARC set does not count: Gmail seals every message it receives
 *   (i=1, cv=none, d=google.com) and that is a receipt, not a relay (RFC 8617 §4);
 * - list/forward/resent header fields;
 * - Received hops: the message left a server of the envelope domain, then a server of a third
 *   organization (neither the sender's nor the final receiver's) handed it on;
 * - the shape of the seed's "Forwarding breaks authentication" example when no hop shows the route:
 *   SPF fails while a DKIM signature of the same organization still verifies (the body is intact, only
 *   the connecting IP changed) and DMARC fails. A connecting hop from the sender's own server rules it
 *   out: then the sender's SPF record is simply missing that server (spf-fail).
 * An empty list means nothing shows a relay: SPF failing alone is the sender's problem (spf-fail).
 * `relay` is relayHop(parsed, SPF domain ?? senderDomain), which the caller reports as well.
 */
export function forwardingSignals(
  primary: PrimaryAuth,
  parsed: ParsedMessage,
  senderDomain: string | null,
  relay: ReceivedHop | null,
): Evidence[] {
  const auth = primary.summary;
  const signals: Evidence[] = [];
  const owner = senderDomain ?? auth.spf?.domain ?? null;
  const receiver = receiverOrganization(auth);
  const isReceiver = (domain: string | null): boolean =>
    receiver !== null && domain !== null && organizationalDomain(domain) === receiver;

  for (const seal of parsed.arcSeals) {
    if (isReceiver(seal.domain)) continue;
    if (seal.domain && owner && dmarcAlignment(seal.domain, owner, 'relaxed') === false) {
      signals.push(evidenceOf(seal.loc));
    }
  }
  for (const aar of parsed.arcAuthResults) {
    if (isReceiver(aar.authservId)) continue;
    const spf = aar.results.find((r) => r.method === 'spf' && r.result === 'pass');
    if (spf) signals.push(evidenceOf(spf.loc));
  }
  for (const field of parsed.fields) {
    if (RELAY_FIELDS.has(field.key)) {
      signals.push(evidenceOf(locateField(field)));
    }
  }

  const rewritten = rewrittenEnvelope(parsed);
  if (rewritten) signals.push(rewritten);
  if (relay) signals.push(evidenceOf(relay.loc));
  if (signals.length === 0) signals.push(...forwardedShape(primary, parsed));
  // An empty line proves nothing (and the contract wants evidence with text).
  return signals.filter((e) => e.text.trim() !== '');
}

/** The seed's forwarding shape (see forwardingSignals), unless the connecting hop is the sender's own. */
function forwardedShape(primary: PrimaryAuth, parsed: ParsedMessage): Evidence[] {
  const { spf, dkim, dmarc } = primary.summary;
  if (!spf?.domain || (spf.result !== 'fail' && spf.result !== 'softfail') || dmarc?.result !== 'fail')
    return [];
  const intact = dkim.findIndex(
    (d) => d.result === 'pass' && dmarcAlignment(d.domain, spf.domain, 'relaxed') === true,
  );
  if (intact < 0) return [];
  const hop = connectingHop(parsed, primary.primary);
  if (hop?.from && organizationalDomain(hop.from) === organizationalDomain(spf.domain)) return [];
  return [...primary.evidence.spf.slice(0, 1), ...(primary.evidence.dkim[intact] ?? [])];
}

/**
 * The ARC sealers (summary order, outermost first) that are intermediaries, not the receiver itself: the
 * receiving organization seals what it receives or forwards on (Gmail's i=1 receipt, an Exchange Online
 * tenant's own d=microsoft.com seal), and trusting one's own seal vouches for nothing.
 */
export function intermediarySealers(auth: AuthSummary): string[] {
  const receiver = receiverOrganization(auth);
  return (auth.arc?.sealers ?? []).filter((d) => receiver === null || organizationalDomain(d) !== receiver);
}

/**
 * Organizational domain of the receiver that stamped the verdict: from its authserv-id, or Microsoft for
 * Exchange Online, which omits the authserv-id but is the only receiver that stamps compauth.
 */
function receiverOrganization(auth: AuthSummary): string | null {
  if (auth.authservId) return organizationalDomain(auth.authservId);
  return auth.compauth ? 'microsoft.com' : null;
}

/**
 * The Received hop where a third organization relayed mail that had left the original sender's server.
 * The services the author submitted to with authentication are the sender's own outbound servers (a
 * hosting provider's smarthost), so mail they hand on is not relayed.
 */
export function relayHop(parsed: ParsedMessage, originalDomain: string | null): ReceivedHop | null {
  const hops = parsed.hops;
  if (!originalDomain || hops.length < 2) return null;
  // Each hop's facts are worked out once: the search below may look at a hop twice.
  const submissions: boolean[] = [];
  const fromOrgs: (string | null)[] = [];
  const senders = new Set([organizationalDomain(originalDomain)]);
  for (const h of hops) {
    const submission = isAuthenticatedSubmission(h);
    submissions.push(submission);
    fromOrgs.push(h.from === null ? null : organizationalDomain(h.from));
    if (h.by && submission) senders.add(organizationalDomain(h.by));
  }
  const last = hops[hops.length - 1];
  const receiver = last.by ? organizationalDomain(last.by) : null;
  let left = 0;
  while (left < hops.length && !isSender(fromOrgs[left], senders)) left++;
  for (let i = left + 1; i < hops.length; i++) {
    const org = fromOrgs[i];
    if (org !== null && hops[i].from && !isSender(org, senders) && !submissions[i] && org !== receiver)
      return hops[i];
  }
  return null;
}
