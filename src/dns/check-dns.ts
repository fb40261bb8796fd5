/**
 * The live DNS check a user asks for: from a Diagnosis, the names worth looking up (only validated domain
 * names, see names.ts), then every check over one Resolver. Never called by diagnose(): nothing is looked
 * up unless the user asks.
 */
import type { Diagnosis } from '../rules/diagnosis';
import { type DkimCnameCheck, MICROSOFT_365_SELECTORS, checkDkimCname } from './dkim-cname';
import { type DkimKeyCheck, checkDkimKey } from './dkim-key';
import { type DmarcCheck, checkDmarc } from './dmarc';
import { parseIp } from './ip';
import { type MxCheck, checkMx } from './mx';
import { asQueryName } from './names';
import type { Resolver } from './resolver';
import { type SpfCheck, checkHost } from './spf/check-host';
import { type LookupCost, measureLookups } from './spf/lookup-cost';

export interface DnsQuestions {
  /** The message's sending IP and MAIL FROM domain. */
  spf: { ip: string; domain: string } | null;
  /** The From domain, for DMARC and Microsoft 365 DKIM. */
  fromDomain: string | null;
  /** Each DKIM signature's d= and s=. */
  dkim: { domain: string; selector: string }[];
  /** The recipient's domain, for its MX. */
  mxDomain: string | null;
}

export interface SpfFacts {
  check: SpfCheck;
  cost: LookupCost;
}

export interface DnsFacts {
  checkedAt: string;
  resolver: string;
  spf: SpfFacts | null;
  dmarc: DmarcCheck | null;
  dkim: DkimKeyCheck[];
  /** Microsoft 365's selector CNAMEs at the From domain, when no signature carried its own selector. */
  dkimCnames: DkimCnameCheck[];
  mx: MxCheck | null;
}

/** What to look up for this message; `recipientDomain` is known to the pane (the mailbox) or given to the CLI. */
export function dnsQuestions(diagnosis: Diagnosis, recipientDomain: string | null = null): DnsQuestions {
  const spf = diagnosis.auth.spf;
  const spfDomain = asQueryName(spf?.domain ?? diagnosis.message.mailFromDomain);
  const ip = spf?.ip !== null && spf?.ip !== undefined && parseIp(spf.ip) !== null ? spf.ip : null;
  const dkim: DnsQuestions['dkim'] = [];
  for (const signature of diagnosis.auth.dkim) {
    const domain = asQueryName(signature.domain);
    const selector = asQueryName(signature.selector, 1);
    if (
      domain !== null &&
      selector !== null &&
      !dkim.some((d) => d.domain === domain && d.selector === selector)
    )
      dkim.push({ domain, selector });
  }
  return {
    spf: spfDomain !== null && ip !== null ? { ip, domain: spfDomain } : null,
    fromDomain: asQueryName(diagnosis.message.fromDomain ?? diagnosis.auth.dmarc?.fromDomain),
    dkim,
    mxDomain: asQueryName(recipientDomain),
  };
}

export async function checkDns(
  questions: DnsQuestions,
  resolver: Resolver,
  now: () => Date = () => new Date(),
): Promise<DnsFacts> {
  const checkedAt = now().toISOString();
  const spf =
    questions.spf === null
      ? null
      : await Promise.all([
          // The MAIL FROM local-part is not in the Diagnosis; it only matters to %{l} and %{s} macros.
          checkHost({ ip: questions.spf.ip, sender: `postmaster@${questions.spf.domain}` }, resolver),
          measureLookups(questions.spf.domain, resolver),
        ]).then(([check, cost]) => ({ check, cost }));
  const from = questions.fromDomain;
  const dmarc = from === null ? null : await checkDmarc(from, resolver);
  const dkim = await Promise.all(questions.dkim.map((q) => checkDkimKey(q.domain, q.selector, resolver)));
  const signedByFrom = questions.dkim.some((q) => q.domain === from);
  const dkimCnames =
    from === null || signedByFrom
      ? []
      : await Promise.all(
          MICROSOFT_365_SELECTORS.map((selector) => checkDkimCname(from, selector, resolver)),
        );
  const mx = questions.mxDomain === null ? null : await checkMx(questions.mxDomain, resolver);
  return { checkedAt, resolver: resolver.label, spf, dmarc, dkim, dkimCnames, mx };
}

/** Every name a check would send, for the pane's "what is sent" line. */
export function namesToQuery(questions: DnsQuestions): string[] {
  const names = new Set<string>();
  if (questions.spf !== null) names.add(questions.spf.domain);
  if (questions.fromDomain !== null) names.add(`_dmarc.${questions.fromDomain}`);
  for (const q of questions.dkim) names.add(`${q.selector}._domainkey.${q.domain}`);
  if (questions.mxDomain !== null) names.add(questions.mxDomain);
  return [...names];
}
