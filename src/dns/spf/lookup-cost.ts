/**
 * What an SPF record costs against the 10-lookup limit, term by term and include by include, whatever
 * the sending IP: check_host() stops at the first match or at the limit, so it cannot say how far past
 * ten a record goes, nor which include to flatten first.
 */
import type { Resolver } from '../resolver';
import { type Directive, isSpfRecord, parseSpfRecord } from './record';

export interface IncludeCost {
  /** The term as published: include:… or redirect=… */
  term: string;
  domain: string;
  /** Lookups it causes: its own, plus everything its record causes. */
  cost: number;
}

export interface LookupCost {
  domain: string;
  /** The SPF records the domain publishes (more than one is a permerror). */
  records: string[];
  /** Every lookup the record would cause if evaluated to the end. */
  total: number;
  /** This record's include and redirect terms, costliest first. */
  includes: IncludeCost[];
  /** Names whose cost is unknown: a macro, a loop, a record that could not be read. */
  unresolved: string[];
}

/** A chain deeper than this is a loop or an error check_host() would report anyway. */
const MAX_DEPTH = 10;

export async function measureLookups(domain: string, resolver: Resolver): Promise<LookupCost> {
  const unresolved: string[] = [];
  const includes: IncludeCost[] = [];
  const records: string[] = [];
  const seen = new Set([domain.toLowerCase()]);
  const total = await measureDomain(domain, resolver, seen, unresolved, includes, 0, records);
  includes.sort((a, b) => b.cost - a.cost);
  return { domain, records, total, includes, unresolved };
}

async function measureDomain(
  domain: string,
  resolver: Resolver,
  seen: Set<string>,
  unresolved: string[],
  topLevel: IncludeCost[] | null,
  depth: number,
  published: string[] = [],
): Promise<number> {
  const answer = await resolver.resolve(domain, 'TXT');
  const records = answer.ok ? answer.records.filter(isSpfRecord) : [];
  published.push(...records);
  const parsed = records.length === 1 ? parseSpfRecord(records[0]) : null;
  if (parsed === null || !parsed.ok) {
    unresolved.push(domain);
    return 0;
  }
  let total = 0;
  const terms = parsed.record.directives.map(termOf);
  if (parsed.record.redirect !== null)
    terms.push({
      kind: 'follow',
      term: `redirect=${parsed.record.redirect}`,
      target: parsed.record.redirect,
    });
  for (const term of terms) {
    if (term.kind === 'free') continue;
    total++;
    if (term.kind === 'lookup') continue;
    const name = term.target.toLowerCase();
    let cost = 1;
    if (name.includes('%') || seen.has(name) || depth >= MAX_DEPTH) unresolved.push(term.target);
    else {
      seen.add(name);
      cost += await measureDomain(name, resolver, seen, unresolved, null, depth + 1);
      seen.delete(name);
    }
    total += cost - 1;
    topLevel?.push({ term: term.term, domain: term.target, cost });
  }
  return total;
}

/** free: no lookup (ip4, ip6, all); lookup: one, nothing to follow (a, mx, ptr, exists); follow: include. */
type TermCost =
  | { kind: 'free'; term: string }
  | { kind: 'lookup'; term: string }
  | { kind: 'follow'; term: string; target: string };

function termOf(directive: Directive): TermCost {
  const mechanism = directive.mechanism;
  switch (mechanism.kind) {
    case 'include':
      return { kind: 'follow', term: directive.text, target: mechanism.domainSpec };
    case 'a':
    case 'mx':
    case 'ptr':
    case 'exists':
      return { kind: 'lookup', term: directive.text };
    default:
      return { kind: 'free', term: directive.text };
  }
}
