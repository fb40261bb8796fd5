import type { DmarcResultFacts, NdrStatus, ParsedMessage } from '../parser/types';
import { asIp } from '../parser/ip';
import type { AuthSummary, DiagnosisWarning, DkimSummary, Evidence } from './diagnosis';
import { dmarcAlignment, organizationalDomain, type AlignmentMode } from './alignment';
import { buildPrimaryAuth, type PrimaryAuth } from './primary-results';
import { evidenceOf } from './evidence';
import {
  forwardingSignals,
  hasRelayFields,
  intermediarySealers,
  relayHop,
  rewrittenEnvelope,
} from './forwarding-signals';
import { lookupNdrCodes } from './knowledge';
import { isExpiredDkim } from './dkim-expiry';
import { rejection51, statusText } from './bounce-details';

/** Results that count as SPF failing for the sender (RFC 7208 §2.6: neutral asserts nothing either). */
const SPF_FAILED = new Set(['fail', 'softfail', 'neutral']);
/** Mailboxes that send bounces: in an NDR, the original sender is the To address. */
const BOUNCER = /^(postmaster|mailer-daemon|microsoftexchange[0-9a-f]*)@/i;
/** Comment/reason words receivers use for a DKIM body-hash mismatch (RFC 6376 §3.7 "bh"). */
const BODY_HASH = /body ?hash|\bbh\b/i;

/** Everything a rule needs: the parsed message, the auth summary with alignment, and shared judgements. */
export interface RuleFacts {
  parsed: ParsedMessage;
  /** Identifier alignment filled against the From domain (null where a domain is unknown). */
  auth: AuthSummary;
  evidence: PrimaryAuth['evidence'];
  /** An Authentication-Results with spf/dkim/dmarc/compauth results exists. */
  hasVerdict: boolean;
  /** The headers of that verdict as a whole, for findings about what it does not say. */
  verdictEvidence: Evidence[];
  /** Warnings about the choice of verdict: headers read as history, a verdict read from ARC. */
  verdictNotes: DiagnosisWarning[];
  /** The ARC instance the verdict was read from when the block has no Authentication-Results. */
  arcInstance: number | null;
  /** Domain of the From header, else DMARC's header.from; null when neither is shown. */
  fromDomain: string | null;
  /**
   * The domain whose mail this diagnosis is about: the From domain, except in a bounce, where it is the
   * original sender's (the To of a message from postmaster / MAILER-DAEMON / MicrosoftExchange…).
   */
  subjectDomain: string | null;
  /**
   * Best-known domain of the author, for filling fixes and judging alignment when the block has no From
   * (a pasted Authentication-Results alone): From, DMARC header.from, then the DKIM signer, then the
   * SPF domain. The DKIM signer stands in because the author's domain is what normally signs.
   */
  senderDomain: string | null;
  /** Sending IP: SPF comment, Received-SPF client-ip, X-Forefront CIP or the connecting hop. */
  sendingIp: string | null;
  /**
   * The spoof allow entry's -SendingInfrastructure: the organizational domain of the source IP's PTR
   * (X-Forefront PTR) as Microsoft defines it, else of the SPF or passing DKIM domain.
   */
  sendingInfrastructure: string | null;
  mode: { spf: AlignmentMode; dkim: AlignmentMode };
  /**
   * "Aligned pass", what DMARC needs: SPF passed AND its domain aligns with the sender domain (null when a
   * domain is unknown).
   */
  spfAlignedPass: boolean | null;
  /** Aligned pass per DKIM result, parallel to auth.dkim. */
  dkimAlignedPass: (boolean | null)[];
  /** DMARC passes or would pass: some aligned pass carries the message even if one method fails. */
  carried: boolean;
  /** compauth reason= as written, even when it is not a three-digit code. */
  compauthReasonWritten: string | null;
  /** Microsoft's composite authentication passed or soft-passed: the receiver accepted the sender. */
  acceptedByReceiver: boolean;
  spfFailed: boolean;
  spfPassed: boolean;
  dkimPassed: boolean;
  /** DKIM results that failed because the body changed after signing. */
  bodyHashFailures: DkimSummary[];
  /** DKIM results whose signature had expired (x=): an old message, delayed or replayed. */
  expiredDkim: DkimSummary[];
  /** DKIM results the receiver could not check: the key lookup failed (temperror). */
  dkimLookupErrors: DkimSummary[];
  /** DKIM results that failed for another reason (key, selector, signature). */
  otherDkimFailures: DkimSummary[];
  /** ARC sealers other than the receiver's own organization, outermost first: those one may trust. */
  intermediarySealers: string[];
  /** Lines showing a forwarder, mailing list or ARC sealer relayed the message. */
  forwarding: Evidence[];
  /** Organizational domain of the third-party server a Received hop shows relaying the message. */
  relayDomain: string | null;
  /**
   * Relaying explains the failure: SPF failed, or a forwarder's rewritten (SRS) envelope left DMARC without
   * an aligned pass. Report `forwarding`, not `spf-fail` or `third-party-sender`.
   */
  explainedByForwarding: boolean;
  /** DKIM body hash failed and SPF passed for another (the gateway's) domain; no list/forward fields. */
  gatewayModified: boolean;
  /** Some DKIM result failed and none passed. */
  dkimFailed: boolean;
  /** spf, dkim and dmarc all reported none (not merely missing): nothing is set up. */
  noAuthentication: boolean;
  /** DKIM results of the verdict left out because there were more than anyone stamps (hostile block). */
  droppedDkimResults: number;
  /**
   * NDR status codes that report an authentication rejection (those NDR_CODES lists): a receiver's verdict
   * in its own right.
   */
  authRejections: NdrStatus[];
  /** The reader's own address when the caller knows it (the pane's mailbox, the CLI's --recipient). */
  recipient: string | null;
}

export function buildFacts(parsed: ParsedMessage, recipient: string | null = null): RuleFacts {
  const primary = buildPrimaryAuth(parsed);
  const { summary } = primary;
  const fromDomain = parsed.from?.domain || summary.dmarc?.fromDomain || null;
  const senderDomain =
    fromDomain ?? summary.dkim.find((d) => d.domain)?.domain ?? summary.spf?.domain ?? null;
  const dmarcFacts = primary.primary?.results.find((r) => r.method === 'dmarc')?.dmarc;
  const mode = alignmentModes(summary, senderDomain, dmarcFacts);

  const auth: AuthSummary = {
    ...summary,
    spf: summary.spf && {
      ...summary.spf,
      aligned: alignedPass(summary.spf.result, summary.spf.domain, fromDomain, mode.spf),
    },
    dkim: summary.dkim.map((d) => ({
      ...d,
      aligned: alignedPass(d.result, d.domain, fromDomain, mode.dkim),
    })),
  };
  const spfAlignedPass = summary.spf
    ? alignedPass(summary.spf.result, summary.spf.domain, senderDomain, mode.spf)
    : null;
  const dkimAlignedPass = summary.dkim.map((d) => alignedPass(d.result, d.domain, senderDomain, mode.dkim));

  const dmarc = summary.dmarc?.result ?? null;
  const anyAligned = spfAlignedPass === true || dkimAlignedPass.includes(true);
  const carried =
    dmarc === 'pass' || dmarc === 'bestguesspass' ? true : dmarc === 'fail' ? false : anyAligned;

  const spfResult = summary.spf?.result ?? 'none';
  const spfFailed = SPF_FAILED.has(spfResult);
  const spfPassed = spfResult === 'pass';
  const dkimPassed = auth.dkim.some((d) => d.result === 'pass');
  const { bodyHashFailures, expiredDkim, dkimLookupErrors, otherDkimFailures } = classifyDkim(
    auth.dkim,
    parsed,
  );
  const dkimFailed =
    bodyHashFailures.length + expiredDkim.length + dkimLookupErrors.length + otherDkimFailures.length > 0 &&
    !dkimPassed;

  const relay = relayHop(parsed, summary.spf?.domain ?? senderDomain);
  const forwarding = forwardingSignals(primary, parsed, senderDomain, relay);
  // A forwarder that rewrites the envelope (SRS) makes SPF pass for itself instead: DMARC still has no
  // aligned pass, and the relay, not a service sending as the domain, is why.
  const srsForwarded = rewrittenEnvelope(parsed) !== null && !carried;
  const explainedByForwarding = (spfFailed || srsForwarded) && forwarding.length > 0;
  // A mailing list or forwarder also rewrites the body and the envelope, but it is not a gateway.
  const gatewayModified =
    !hasRelayFields(parsed) &&
    bodyHashFailures.length > 0 &&
    spfPassed &&
    dmarcAlignment(summary.spf?.domain, senderDomain, mode.spf) === false;
  // Each method must be reported none: a method the verdict does not mention proves nothing.
  const noAuthentication =
    summary.spf?.result === 'none' &&
    summary.dkim.length > 0 &&
    summary.dkim.every((d) => d.result === 'none') &&
    dmarc === 'none';

  return {
    parsed,
    auth,
    evidence: primary.evidence,
    hasVerdict: primary.primary !== null,
    verdictEvidence: primary.verdictFields.map((ar) => evidenceOf(ar.loc)),
    verdictNotes: primary.notes,
    arcInstance: primary.arcInstance,
    fromDomain,
    subjectDomain: originalSenderDomain(parsed) ?? fromDomain,
    senderDomain,
    sendingIp: summary.spf?.ip ?? inboundCip(parsed),
    sendingInfrastructure: sendingInfrastructure(parsed, summary),
    mode,
    spfAlignedPass,
    dkimAlignedPass,
    carried,
    compauthReasonWritten: primary.compauthReasonWritten,
    acceptedByReceiver: summary.compauth?.result === 'pass' || summary.compauth?.result === 'softpass',
    spfFailed,
    spfPassed,
    dkimPassed,
    bodyHashFailures,
    expiredDkim,
    dkimLookupErrors,
    otherDkimFailures,
    intermediarySealers: intermediarySealers(auth),
    forwarding,
    relayDomain: relay?.from ? organizationalDomain(relay.from) : null,
    explainedByForwarding,
    gatewayModified,
    dkimFailed,
    noAuthentication: primary.primary !== null && noAuthentication,
    droppedDkimResults: primary.droppedDkimResults,
    authRejections: parsed.ndr.filter(
      (n) =>
        lookupNdrCodes(n.code).length > 0 &&
        // A group that accepts authenticated senders only refused the sender, not its authentication.
        !(n.code === '5.7.1' && rejection51(statusText(parsed, n)) === 'restricted-group'),
    ),
    recipient,
  };
}

/** Failed DKIM results by why they failed (a result is in one list at most). */
function classifyDkim(
  dkim: DkimSummary[],
  parsed: ParsedMessage,
): Pick<RuleFacts, 'bodyHashFailures' | 'expiredDkim' | 'dkimLookupErrors' | 'otherDkimFailures'> {
  const bodyHashFailures: DkimSummary[] = [];
  const expiredDkim: DkimSummary[] = [];
  const dkimLookupErrors: DkimSummary[] = [];
  const otherDkimFailures: DkimSummary[] = [];
  for (const d of dkim) {
    // A passing result is none of these: nothing to test (most results pass).
    if (d.result === 'pass') continue;
    if (isBodyHash(d)) bodyHashFailures.push(d);
    else if (isExpiredDkim(d, parsed)) expiredDkim.push(d);
    else if (d.result === 'temperror') dkimLookupErrors.push(d);
    else if (d.result === 'fail' || d.result === 'permerror') otherDkimFailures.push(d);
  }
  return { bodyHashFailures, expiredDkim, dkimLookupErrors, otherDkimFailures };
}

function isBodyHash(d: DkimSummary): boolean {
  return (d.result === 'fail' || d.result === 'neutral') && BODY_HASH.test(d.reason ?? '');
}

/** The bounced message's sender: the To of a bounce from postmaster/MAILER-DAEMON; null otherwise. */
function originalSenderDomain(parsed: ParsedMessage): string | null {
  if (parsed.from && BOUNCER.test(parsed.from.address)) return parsed.to?.[0]?.domain || null;
  return null;
}

/** X-Forefront CIP when it is an address; a DIR:OUT report's CIP is the sending tenant's own client. */
function inboundCip(parsed: ParsedMessage): string | null {
  const forefront = parsed.forefront;
  return forefront && !forefront.outbound ? asIp(forefront.fields['CIP'] ?? '') : null;
}

function sendingInfrastructure(parsed: ParsedMessage, auth: AuthSummary): string | null {
  const ptr = parsed.forefront?.fields['PTR'];
  const source =
    (ptr && ptr.includes('.') ? ptr : null) ??
    auth.spf?.domain ??
    auth.dkim.find((d) => d.result === 'pass' && d.domain)?.domain ??
    null;
  return source ? organizationalDomain(source) : null;
}

/**
 * Aligned pass: the method passed AND its domain aligns with `fromDomain` under the DMARC mode (a softfail
 * or a timeout for the From domain's organization carries nothing to DMARC); null when a domain is
 * unknown, as for identifier alignment. The summaries' `aligned` and the rules' aligned passes alike.
 */
function alignedPass(
  result: string,
  domain: string | null,
  fromDomain: string | null,
  mode: AlignmentMode,
): boolean | null {
  const aligned = dmarcAlignment(domain, fromDomain, mode);
  return aligned === null ? null : aligned && result === 'pass';
}

/**
 * Relaxed unless the header tells us otherwise. Receivers rarely print aspf/adkim, so we also infer strict
 * mode from the receiver's own verdict: DMARC failed although a method passed for a domain that is
 * relaxed-aligned (spf=pass smtp.mailfrom=service.contoso.com, From contoso.com, dmarc=fail "SPF not
 * aligned") — only strict alignment explains that, and the receiver knows the published record.
 */
function alignmentModes(
  auth: AuthSummary,
  senderDomain: string | null,
  dmarc: DmarcResultFacts | undefined,
): { spf: AlignmentMode; dkim: AlignmentMode } {
  const spfExplicit = dmarc?.aspf ?? null;
  const dkimExplicit = dmarc?.adkim ?? null;
  const dmarcFailed = auth.dmarc?.result === 'fail';
  const spfInferred =
    dmarcFailed &&
    auth.spf?.result === 'pass' &&
    dmarcAlignment(auth.spf.domain, senderDomain, 'relaxed') === true &&
    dmarcAlignment(auth.spf.domain, senderDomain, 'strict') === false;
  const dkimInferred =
    dmarcFailed &&
    auth.dkim.some(
      (d) =>
        d.result === 'pass' &&
        dmarcAlignment(d.domain, senderDomain, 'relaxed') === true &&
        dmarcAlignment(d.domain, senderDomain, 'strict') === false,
    );
  return {
    spf: spfExplicit ?? (spfInferred ? 'strict' : 'relaxed'),
    dkim: dkimExplicit ?? (dkimInferred ? 'strict' : 'relaxed'),
  };
}
