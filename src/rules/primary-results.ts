import type { AuthMethodResult, AuthenticationResults, ParsedMessage } from '../parser/types';
import type {
  ArcSummary,
  AuthSummary,
  CompauthSummary,
  DkimSummary,
  DmarcSummary,
  Evidence,
  SpfSummary,
} from './diagnosis';
import { lookupCompauthReason } from './knowledge';
import { domainOf as addressDomain } from '../parser/addresses';
import { evidenceOf } from './evidence';

/** Methods that make an Authentication-Results header the receiver's verdict (not a sender-side stamp). */
const VERDICT_METHODS = new Set(['spf', 'dkim', 'dmarc', 'compauth']);

/** The auth summary (alignment still unknown) plus the header lines that prove each part. */
export interface PrimaryAuth {
  /** The Authentication-Results chosen as the verdict, or null when there is none. */
  primary: AuthenticationResults | null;
  summary: AuthSummary;
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

/**
 * The top-most Authentication-Results that carries spf/dkim/dmarc/compauth results: the verdict of the
 * receiver nearest the mailbox. Sender-side stamps such as Mimecast's outbound `auth=pass smtp.auth=…`
 * carry none of those methods and are skipped; everything below the chosen one is history.
 */
export function selectPrimaryResults(parsed: ParsedMessage): AuthenticationResults | null {
  return parsed.authResults.find((ar) => ar.results.some((r) => VERDICT_METHODS.has(r.method))) ?? null;
}

export function buildPrimaryAuth(parsed: ParsedMessage): PrimaryAuth {
  const primary = selectPrimaryResults(parsed);
  const results = primary?.results ?? [];
  const spfResult = results.find((r) => r.method === 'spf') ?? null;
  const dkimResults = results.filter((r) => r.method === 'dkim');
  const dmarcResult = results.find((r) => r.method === 'dmarc') ?? null;
  const compauthResult = results.find((r) => r.method === 'compauth') ?? null;
  const arcResult = results.find((r) => r.method === 'arc') ?? null;

  const spf = buildSpf(parsed, spfResult);
  const arc = buildArc(parsed, arcResult);
  return {
    primary,
    compauthReasonWritten: compauthResult?.reason?.trim() || null,
    summary: {
      authservId: primary?.authservId ?? null,
      spf: spf.summary,
      dkim: dkimResults.map((r) => buildDkim(parsed, r)),
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
export function domainOf(value: string | null | undefined): string | null {
  if (!value) return null;
  const unquoted = value.trim().replace(/^"+|"+$/g, '');
  const domain = addressDomain(unquoted.includes('@') ? unquoted : `@${unquoted}`).toLowerCase();
  return domain && domain !== 'none' ? domain : null;
}

/** "sender IP is 203.0.113.20" (Microsoft) or "designates 203.0.113.20 as permitted sender" (Gmail). */
function ipFromComment(comment: string | null): string | null {
  if (!comment) return null;
  const microsoft = /sender IP is ([0-9A-Fa-f:.]+)/i.exec(comment);
  if (microsoft) return microsoft[1];
  const gmail = /designates? ([0-9A-Fa-f:.]+) as/i.exec(comment);
  return gmail ? gmail[1] : null;
}

function buildSpf(
  parsed: ParsedMessage,
  result: AuthMethodResult | null,
): { summary: SpfSummary | null; evidence: Evidence[] } {
  const received = parsed.receivedSpf[0] ?? null;
  if (!result && !received) return { summary: null, evidence: [] };
  const evidence: Evidence[] = [];
  if (result) evidence.push(evidenceOf(result.loc));
  else if (received) evidence.push(evidenceOf(received.loc));

  const domain =
    domainOf(result?.props['smtp.mailfrom']) ??
    domainOf(result?.props['smtp.helo']) ??
    domainOf(received?.params['envelope-from']) ??
    domainOf(received?.params['helo']) ??
    null;

  const shownInResult = ipFromComment(result?.comment ?? null);
  const ip =
    shownInResult ??
    received?.params['client-ip'] ??
    ipFromComment(received?.comment ?? null) ??
    parsed.forefront?.fields['CIP'] ??
    null;
  const ipSource = ip && !shownInResult ? ipEvidence(parsed, ip) : null;
  if (ipSource) evidence.push(ipSource);

  return {
    summary: { result: result?.result ?? received?.result ?? 'none', domain, ip, aligned: null },
    evidence,
  };
}

/** Where the sender IP came from when the SPF result itself does not show it. */
function ipEvidence(parsed: ParsedMessage, ip: string): Evidence | null {
  const received = parsed.receivedSpf.find((r) => r.params['client-ip'] === ip);
  if (received) return evidenceOf(received.loc);
  if (parsed.forefront && parsed.forefront.fields['CIP'] === ip) return evidenceOf(parsed.forefront.loc);
  return null;
}

function buildDkim(parsed: ParsedMessage, result: AuthMethodResult): DkimSummary {
  const domain = domainOf(result.props['header.d']) ?? domainOf(result.props['header.i']);
  // Yahoo writes header.s=@selector.
  const written = result.props['header.s']?.replace(/^@/, '') || null;
  const bPrefix = result.props['header.b'] ?? null;
  const signature =
    parsed.dkimSignatures.find(
      (s) => s.domain === domain && (!bPrefix || (s.tags['b'] ?? '').startsWith(bPrefix)),
    ) ?? parsed.dkimSignatures.find((s) => s.domain === domain);
  return {
    result: result.result,
    domain,
    selector: written ?? signature?.selector ?? null,
    aligned: null,
    reason: result.comment ?? result.reason ?? null,
  };
}

function buildDmarc(result: AuthMethodResult): DmarcSummary {
  // Gmail "(p=REJECT sp=REJECT dis=NONE)", Yahoo "(p=REJECT)": the published policy, when shown.
  const policy =
    /(?:^|[\s;(])p=([a-z]+)/i.exec(result.comment ?? '')?.[1] ?? result.props['policy.dmarc'] ?? null;
  return {
    result: result.result,
    action: result.props['action']?.toLowerCase() || null,
    policy: policy ? policy.toLowerCase() : null,
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
  return { result: result.result, reason, meaning, documented };
}

function buildArc(
  parsed: ParsedMessage,
  result: AuthMethodResult | null,
): { summary: ArcSummary | null; evidence: Evidence[] } {
  const seals = [...parsed.arcSeals].sort((a, b) => (b.instance ?? 0) - (a.instance ?? 0));
  if (!result && seals.length === 0) return { summary: null, evidence: [] };
  const sealers = seals.map((s) => s.domain).filter((d): d is string => !!d);
  const evidence = result ? [evidenceOf(result.loc)] : seals.map((s) => evidenceOf(s.loc));
  return { summary: { result: result?.result ?? seals[0]?.cv ?? 'none', sealers }, evidence };
}
