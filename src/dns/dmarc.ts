/**
 * DMARC policy discovery (RFC 9989, which replaced RFC 7489): the DNS tree walk from the author domain,
 * the policy record and its domain, the organizational domain (psd=), and the policy that applies to the
 * author domain (p, sp, np, t). RFC 9989 removed pct=; a record that still has it is reported as such.
 */
import { type DnsFailure, type Resolver, describeFailure, isEmptyAnswer } from './resolver';
import { parseRecordTags } from './tag-list';

export type DmarcPolicy = 'none' | 'quarantine' | 'reject';

export interface DmarcRecord {
  raw: string;
  p: DmarcPolicy;
  sp: DmarcPolicy | null;
  np: DmarcPolicy | null;
  /** t=y: the owner is testing; receivers apply the next milder policy. */
  testing: boolean;
  psd: 'y' | 'n' | 'u';
  adkim: 'r' | 's';
  aspf: 'r' | 's';
  rua: string[];
  /** Tags RFC 9989 removed (pct, rf, ri) that the record still carries. */
  obsoleteTags: string[];
  /** A record without a valid p= but with rua= is read as p=none. */
  pAssumed: boolean;
}

export interface DmarcCheck {
  /** The RFC5322.From domain the walk started from. */
  domain: string;
  /** Where the policy record was found (the domain itself or an ancestor), or null. */
  policyDomain: string | null;
  record: DmarcRecord | null;
  organizationalDomain: string;
  /** What applies to the author domain after sp/np and t=y; null without a record. */
  appliedPolicy: DmarcPolicy | null;
  /** Which tag it came from. */
  policySource: 'p' | 'sp' | 'np' | null;
  /** The names the walk queried, in order. */
  queried: string[];
  /** A DNS failure that left the walk incomplete (the result would be temperror). */
  failure: { name: string; failure: DnsFailure } | null;
  detail: string;
}

/** RFC 9989 §4.10: a walk never queries more than eight names. */
const WALK_SHORTCUT_LABELS = 7;

export async function checkDmarc(domain: string, resolver: Resolver): Promise<DmarcCheck> {
  const author = domain.toLowerCase().replace(/\.$/, '');
  const found: { name: string; record: DmarcRecord }[] = [];
  const queried: string[] = [];
  let failure: DmarcCheck['failure'] = null;
  let target: string | null = author;
  while (target !== null) {
    queried.push(target);
    const lookup = await dmarcRecordAt(target, resolver);
    if ('failure' in lookup) {
      failure = { name: `_dmarc.${target}`, failure: lookup.failure };
      break;
    }
    if (lookup.record !== null) {
      found.push({ name: target, record: lookup.record });
      if (lookup.record.psd === 'n' || (lookup.record.psd === 'y' && target !== author)) break;
    }
    target = nextTarget(target);
  }
  const policy = found[0] ?? null;
  const organizationalDomain = organizationalDomainOf(author, found);
  const base = { domain: author, organizationalDomain, queried, failure };
  if (failure !== null && policy === null) {
    const detail = describeFailure(failure.failure, failure.name, 'TXT', resolver.label);
    return { ...base, policyDomain: null, record: null, appliedPolicy: null, policySource: null, detail };
  }
  if (policy === null) {
    const detail = `no DMARC record at _dmarc.${author} or any parent domain (${queried.length} names queried)`;
    return { ...base, policyDomain: null, record: null, appliedPolicy: null, policySource: null, detail };
  }
  const { applied, source } = await appliedPolicy(author, policy.name, policy.record, resolver);
  const where = policy.name === author ? `_dmarc.${author}` : `_dmarc.${policy.name} (a parent of ${author})`;
  const testing = policy.record.testing ? ' with t=y (testing: one step milder)' : '';
  const detail = `${where} publishes "${policy.record.raw}": ${source}=${applied}${testing} applies to ${author}`;
  return {
    ...base,
    policyDomain: policy.name,
    record: policy.record,
    appliedPolicy: applied,
    policySource: source,
    detail,
  };
}

/** The next name up: straight to seven labels from a longer name, then one label at a time. */
function nextTarget(name: string): string | null {
  const labels = name.split('.');
  if (labels.length <= 1) return null;
  const keep = labels.length > WALK_SHORTCUT_LABELS + 1 ? WALK_SHORTCUT_LABELS : labels.length - 1;
  return labels.slice(labels.length - keep).join('.');
}

/**
 * psd=n marks the organizational domain itself; psd=y a public suffix, whose child on the way to the author
 * domain is the organizational domain; otherwise the record with the fewest labels; with none, the domain.
 */
function organizationalDomainOf(author: string, found: { name: string; record: DmarcRecord }[]): string {
  const last = found[found.length - 1];
  if (last === undefined) return author;
  if (last.record.psd === 'n') return last.name;
  if (last.record.psd === 'y') {
    if (last.name === author) return author;
    const authorLabels = author.split('.');
    return authorLabels.slice(authorLabels.length - last.name.split('.').length - 1).join('.');
  }
  return last.name;
}

async function appliedPolicy(
  author: string,
  policyDomain: string,
  record: DmarcRecord,
  resolver: Resolver,
): Promise<{ applied: DmarcPolicy; source: 'p' | 'sp' | 'np' }> {
  let applied = record.p;
  let source: 'p' | 'sp' | 'np' = 'p';
  if (policyDomain !== author) {
    if (record.np !== null && (await isNonExistent(author, resolver))) {
      applied = record.np;
      source = 'np';
    } else if (record.sp !== null) {
      applied = record.sp;
      source = 'sp';
    }
  }
  return { applied: record.testing ? milder(applied) : applied, source };
}

function milder(policy: DmarcPolicy): DmarcPolicy {
  return policy === 'reject' ? 'quarantine' : 'none';
}

/** RFC 9989: a domain is non-existent when A, AAAA and MX all come back empty. */
async function isNonExistent(domain: string, resolver: Resolver): Promise<boolean> {
  for (const type of ['A', 'AAAA', 'MX'] as const) {
    const answer = await resolver.resolve(domain, type);
    if (answer.ok || !isEmptyAnswer(answer.failure)) return false;
  }
  return true;
}

type RecordLookup = { record: DmarcRecord | null } | { failure: DnsFailure };

/** Several DMARC records at one name count as none (RFC 9989 §4.10). */
async function dmarcRecordAt(name: string, resolver: Resolver): Promise<RecordLookup> {
  const answer = await resolver.resolve(`_dmarc.${name}`, 'TXT');
  if (!answer.ok) return isEmptyAnswer(answer.failure) ? { record: null } : { failure: answer.failure };
  const records = answer.records.filter(isDmarcRecord).map(parseDmarcRecord);
  return { record: records.length === 1 ? records[0] : null };
}

function isDmarcRecord(text: string): boolean {
  const trimmed = text.trimStart();
  return (
    trimmed.slice(0, 8).toLowerCase() === 'v=dmarc1' && (trimmed.length === 8 || ' ;'.includes(trimmed[8]))
  );
}

const POLICIES: readonly string[] = ['none', 'quarantine', 'reject'];
const OBSOLETE_TAGS = ['pct', 'rf', 'ri'];

function policyTag(value: string | undefined): DmarcPolicy | null {
  const lower = value?.toLowerCase();
  return lower !== undefined && POLICIES.includes(lower) ? (lower as DmarcPolicy) : null;
}

/** Null when the record is unusable: no valid p= and no rua= to fall back on. */
function parseDmarcRecord(raw: string): DmarcRecord | null {
  const { tags } = parseRecordTags(raw, 'DMARC record');
  const p = policyTag(tags['p']);
  const rua = (tags['rua'] ?? '').split(',').filter((uri) => uri !== '');
  if (p === null && rua.length === 0) return null;
  const psd = tags['psd']?.toLowerCase();
  return {
    raw,
    p: p ?? 'none',
    sp: policyTag(tags['sp']),
    np: policyTag(tags['np']),
    testing: tags['t']?.toLowerCase() === 'y',
    psd: psd === 'y' || psd === 'n' ? psd : 'u',
    adkim: tags['adkim']?.toLowerCase() === 's' ? 's' : 'r',
    aspf: tags['aspf']?.toLowerCase() === 's' ? 's' : 'r',
    rua,
    obsoleteTags: OBSOLETE_TAGS.filter((tag) => tag in tags),
    pAssumed: p === null,
  };
}
