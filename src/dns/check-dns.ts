/**
 * The live DNS check a user asks for: every check for the names of questions.ts over one Resolver.
 * Never called by diagnose(): nothing is looked up unless the user asks.
 */
import { type DkimCnameCheck, MICROSOFT_365_SELECTORS, checkDkimCname } from './dkim-cname';
import { type DkimKeyCheck, checkDkimKey } from './dkim-key';
import { type DmarcCheck, checkDmarc } from './dmarc';
import { type MxCheck, checkMx } from './mx';
import type { DkimKeyName, DnsQuestions } from './questions';
import type { Resolver } from './resolver';
import { type SpfCheck, checkHost } from './spf/check-host';
import { type LookupCost, measureLookups } from './spf/lookup-cost';

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
  /** The keys of the ARC signatures, outermost first. */
  arc: DkimKeyCheck[];
  /** Microsoft 365's selector CNAMEs at the From domain, when no signature carried its own selector. */
  dkimCnames: DkimCnameCheck[];
  mx: MxCheck | null;
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
  // ARC signers publish their keys as DKIM key records (RFC 8617): a key both use is looked up once.
  const keyChecks = new Map<string, Promise<DkimKeyCheck>>();
  const keyCheck = ({ domain, selector }: DkimKeyName): Promise<DkimKeyCheck> => {
    const name = `${selector}._domainkey.${domain}`;
    const check = keyChecks.get(name) ?? checkDkimKey(domain, selector, resolver);
    keyChecks.set(name, check);
    return check;
  };
  const [dkim, arc] = await Promise.all([
    Promise.all(questions.dkim.map(keyCheck)),
    Promise.all(questions.arc.map(keyCheck)),
  ]);
  const signedByFrom = questions.dkim.some((q) => q.domain === from);
  const dkimCnames =
    from === null || signedByFrom
      ? []
      : await Promise.all(
          MICROSOFT_365_SELECTORS.map((selector) => checkDkimCname(from, selector, resolver)),
        );
  const mx = questions.mxDomain === null ? null : await checkMx(questions.mxDomain, resolver);
  return { checkedAt, resolver: resolver.label, spf, dmarc, dkim, arc, dkimCnames, mx };
}
