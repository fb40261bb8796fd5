import type {
  ArcSeal,
  AuthMethodResult,
  AuthenticationResults,
  DkimSignature,
  ParsedMessage,
} from '../parser/types';
import type {
  ArcSignatureSummary,
  ArcSummary,
  AuthSummary,
  CompauthSummary,
  DkimSummary,
  DiagnosisWarning,
  DmarcSummary,
  Evidence,
  SpfSummary,
} from './diagnosis';
import { lookupCompauthReason } from './knowledge';
import { domainOf as addressDomain, unbracketed } from '../parser/addresses';
import { evidenceOf } from './evidence';
import { trimChars } from './trim-and-list';
import { connectingHop } from './hops';
import { asIp } from '../parser/ip';
import { normaliseResult } from '../parser/result-words';
import { selectVerdict } from './verdict-headers';

/**
 * DKIM results kept from the verdict. A receiver stamps one per signature, a handful at most; thousands
 * come only from a hostile block, and judging them all would cost time for nothing (a warning says so).
 */
export const MAX_DKIM_RESULTS = 50;

/** The auth summary (alignment still unknown) plus the header lines that prove each part. */
export interface PrimaryAuth {
  /**
   * The verdict as one header: the top-most Authentication-Results the receiving side added, holding the
   * results of every header of that receiver merged into it; or the highest ARC-Authentication-Results when
   * the block has no Authentication-Results. Null when there is none.
   */
  primary: AuthenticationResults | null;
  /** The headers the verdict was read from, the top-most chosen one first. */
  verdictFields: AuthenticationResults[];
  /** What the choice of verdict tells the reader: headers read as history, a verdict read from ARC. */
  notes: DiagnosisWarning[];
  /** The ARC instance (i=) the verdict was read from when no Authentication-Results gave one; else null. */
  arcInstance: number | null;
  summary: AuthSummary;
  /** DKIM results beyond MAX_DKIM_RESULTS, left out of the summary. */
  droppedDkimResults: number;
  /** compauth reason= as written (the summary keeps only a three-digit one). */
  compauthReasonWritten: string | null;
  evidence: {
    spf: Evidence[];
    /** Parallel to summary.dkim. */
    dkim: Evidence[][];
    dmarc: Evidence[];
    compauth: Evidence[];
    arc: Evidence[];
  };
}

export function buildPrimaryAuth(parsed: ParsedMessage): PrimaryAuth {
  const verdict = selectVerdict(parsed);
  const { primary } = verdict;
  const results = primary?.results ?? [];
  const spfResult = results.find((r) => r.method === 'spf') ?? null;
  const allDkim = results.filter((r) => r.method === 'dkim');
  const dkimResults = allDkim.slice(0, MAX_DKIM_RESULTS);
  const dmarcResult = results.find((r) => r.method === 'dmarc') ?? null;
  const compauthResult = results.find((r) => r.method === 'compauth') ?? null;
  const arcResult = results.find((r) => r.method === 'arc') ?? null;

  const spf = buildSpf(parsed, spfResult, primary);
  const signaturesByDomain = indexByDomain(parsed.dkimSignatures);
  const arc = buildArc(parsed, arcResult);
  return {
    primary,
    verdictFields: verdict.fields,
    notes: verdict.notes,
    arcInstance: verdict.arcInstance,
    compauthReasonWritten: compauthResult?.reason?.trim() || null,
    droppedDkimResults: allDkim.length - dkimResults.length,
    summary: {
      authservId: primary?.authservId ?? null,
      spf: spf.summary,
      dkim: dkimResults.map((r) => buildDkim(signaturesByDomain, r)),
      dmarc: dmarcResult ? buildDmarc(dmarcResult) : null,
      compauth: compauthResult ? buildCompauth(compauthResult) : null,
      arc: arc.summary,
    },
    evidence: {
      spf: spf.evidence,
      dkim: dkimResults.map((r) => [evidenceOf(r.loc)]),
      dmarc: dmarcResult ? [evidenceOf(dmarcResult.loc)] : [],
      compauth: compauthResult ? [evidenceOf(compauthResult.loc)] : [],
      arc: arc.evidence,
    },
  };
}

/**
 * The domain of an address-like value: `user@Contoso.com`, `"prvs=12=x@contoso.com"`, `@contoso.com`
 * (Gmail's header.i) or a bare domain. Null for empty values and Microsoft's `none`.
 */
function domainOf(value: string | null | undefined): string | null {
  if (!value) return null;
  const unquoted = unbracketed(trimChars(value.trim(), '"'));
  if (unquoted.length === 0) return null;
  const domain = addressDomain(unquoted.includes('@') ? unquoted : `@${unquoted}`).toLowerCase();
  return domain && domain !== 'none' ? domain : null;
}

/** The address of the server that handed the message to the receiver that stamped the verdict. */
function connectingIp(parsed: ParsedMessage, primary: AuthenticationResults | null): LocatedIp | null {
  const below = connectingHop(parsed, primary);
  return below?.fromIp ? { ...evidenceOf(below.loc), ip: below.fromIp } : null;
}

function buildSpf(
  parsed: ParsedMessage,
  result: AuthMethodResult | null,
  primary: AuthenticationResults | null,
): { summary: SpfSummary | null; evidence: Evidence[] } {
  // A Received-SPF without a result word (the parser warned about it) proves nothing about SPF.
  const received = parsed.receivedSpf.find((r) => r.result !== '') ?? null;
  if (!result && !received) return { summary: null, evidence: [] };
  const evidence: Evidence[] = [];
  if (result) evidence.push(evidenceOf(result.loc));
  else if (received) evidence.push(evidenceOf(received.loc));

  // The identity SPF checked: the envelope sender, or the HELO name when that is the null sender <>
  // (RFC 7208 §2.4). Received-SPF's helo= is never it: Return-Path stands in when it names no sender.
  const domain =
    (result?.spf?.nullSender ? null : domainOf(result?.props['smtp.mailfrom'])) ??
    domainOf(result?.props['smtp.helo']) ??
    domainOf(received?.envelopeFrom) ??
    (received ? domainOf(parsed.returnPath?.address) : null) ??
    null;

  // The address the result itself states wins; a redacted one ("10.0.1.x") is not replaced by a guess.
  const shown = result?.spf ?? { ip: null, ipStated: false };
  const fallback = shown.ipStated ? null : (ipCandidates(parsed, primary)[0] ?? null);
  const ip = shown.ip ?? fallback?.ip ?? null;
  if (fallback) evidence.push({ header: fallback.header, text: fallback.text, line: fallback.line });

  return {
    summary: {
      result: contractWord('spf', result?.result ?? received?.result ?? 'none'),
      domain,
      ip,
      aligned: null,
    },
    evidence,
  };
}

type LocatedIp = Evidence & { ip: string };

/**
 * Where else the sending IP shows, best first: Received-SPF client-ip, its "designates … as" comment,
 * X-Forefront-Antispam-Report CIP, then the connecting Received hop.
 */
function ipCandidates(parsed: ParsedMessage, primary: AuthenticationResults | null): LocatedIp[] {
  const found: LocatedIp[] = [];
  for (const r of parsed.receivedSpf) {
    if (r.clientIp) found.push({ ...evidenceOf(r.loc), ip: r.clientIp });
  }
  // An outbound report (DIR:OUT) names the sending tenant's own client, not the server that delivered here.
  const cip = parsed.forefront?.outbound ? undefined : asIp(parsed.forefront?.fields['CIP'] ?? '');
  if (parsed.forefront && cip) found.push({ ...evidenceOf(parsed.forefront.loc), ip: cip });
  const hop = connectingIp(parsed, primary);
  if (hop) found.push(hop);
  return found;
}

/** DKIM-Signatures by d=, so matching each result stays linear however many there are. */
function indexByDomain(signatures: DkimSignature[]): Map<string, DkimSignature[]> {
  const index = new Map<string, DkimSignature[]>();
  for (const s of signatures) {
    if (!s.domain) continue;
    const list = index.get(s.domain);
    if (list) list.push(s);
    else index.set(s.domain, [s]);
  }
  return index;
}

function buildDkim(signaturesByDomain: Map<string, DkimSignature[]>, result: AuthMethodResult): DkimSummary {
  const domain = domainOf(result.props['header.d']) ?? domainOf(result.props['header.i']);
  // Yahoo writes header.s=@selector.
  const written = result.props['header.s']?.replace(/^@/, '') || null;
  const bPrefix = result.props['header.b'] ?? null;
  // Several signatures of one domain: header.b (the first characters of b=) tells which one was checked.
  const candidates = (domain ? signaturesByDomain.get(domain) : undefined) ?? [];
  const signature =
    candidates.find((s) => !bPrefix || (s.tags['b'] ?? '').startsWith(bPrefix)) ?? candidates[0];
  return {
    result: contractWord('dkim', result.result),
    domain,
    selector: written ?? signature?.selector ?? null,
    aligned: null,
    reason: result.comment ?? result.reason ?? null,
  };
}

function buildDmarc(result: AuthMethodResult): DmarcSummary {
  return {
    result: contractWord('dmarc', result.result),
    action: result.dmarc?.disposition ?? null,
    policy: result.dmarc?.policy ?? null,
    fromDomain: domainOf(result.props['header.from']),
  };
}

/** The contract's reason is always three digits; anything else is reported as unreadable, with null. */
function buildCompauth(result: AuthMethodResult): CompauthSummary {
  const written = result.reason?.trim() || null;
  const reason = written && /^\d{3}$/.test(written) ? written : null;
  const hit = reason ? lookupCompauthReason(reason) : null;
  // A code the table covers only through its family (6xx for 604) has no documented meaning of its own.
  const documented = hit !== null && hit.documented && hit.match !== 'family';
  let meaning: string;
  if (written && !reason) meaning = `Reason "${written}" is not a three-digit code.`;
  else if (!reason) meaning = 'No reason code was given.';
  else if (!hit) meaning = `Reason ${reason} is not in Microsoft's documented reason-code table.`;
  else if (documented) meaning = hit.row.meaning;
  else
    meaning = `Reason ${reason} is not documented by Microsoft; its family ${hit.row.code} means: ${hit.row.meaning}`;
  return { result: contractWord('compauth', result.result), reason, meaning, documented };
}

function buildArc(
  parsed: ParsedMessage,
  result: AuthMethodResult | null,
): { summary: ArcSummary | null; evidence: Evidence[] } {
  const seals = [...parsed.arcSeals].sort((a, b) => (b.instance ?? 0) - (a.instance ?? 0));
  if (!result && seals.length === 0) return { summary: null, evidence: [] };
  const sealers = seals.map((s) => s.domain).filter((d): d is string => !!d);
  const evidence = result ? [evidenceOf(result.loc)] : seals.map((s) => evidenceOf(s.loc));
  // The seal's cv= is whatever the sealer wrote: only the contract's words (pass, fail, none) go on.
  const written = result?.result ?? seals[0]?.cv ?? 'none';
  const outer = seals[0];
  const outerSeal = outer
    ? { instance: outer.instance, cv: outer.cv === null ? null : contractWord('arc', outer.cv) }
    : null;
  return {
    summary: {
      result: contractWord('arc', written),
      sealers,
      reported: result !== null,
      outerSeal,
      signatures: arcSignatures(parsed),
    },
    evidence,
  };
}

/** ARC-Seals and ARC-Message-Signatures, outermost instance first, each seal before its message signature. */
function arcSignatures(parsed: ParsedMessage): ArcSignatureSummary[] {
  const signatures: ArcSignatureSummary[] = [
    ...parsed.arcSeals.map((seal) => ({ header: 'ARC-Seal' as const, ...keyOf(seal) })),
    ...parsed.arcMessageSignatures.map((ams) => ({
      header: 'ARC-Message-Signature' as const,
      ...keyOf(ams),
    })),
  ];
  // A stable sort keeps each header's own order within an instance, seals first.
  return signatures.sort((a, b) => (b.instance ?? 0) - (a.instance ?? 0));
}

function keyOf(signature: ArcSeal | DkimSignature): Omit<ArcSignatureSummary, 'header'> {
  return { instance: signature.instance, domain: signature.domain, selector: signature.selector };
}

/**
 * The parser already maps every written word to the contract's; facts built another way (tests, a future
 * reader) go through the same mapping, so no summary can carry a word outside the contract.
 */
function contractWord(method: string, written: string): string {
  return normaliseResult(method, written).result;
}
