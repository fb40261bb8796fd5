/**
 * Edits of what a domain publishes now, so a fix changes the live record instead of writing a second one
 * (two SPF records are themselves a permerror). Published text comes from DNS, which anyone can write:
 * a record is only reproduced when it is plain printable ASCII without quotes or backslashes, so it can
 * stand between the quotes of a zone-file line as it is.
 */
import { formatIp, parseIp } from './ip';
import { parseSpfRecord } from './spf/record';

function isReproducible(record: string): boolean {
  if (record.length === 0 || record.length > 2048) return false;
  for (let index = 0; index < record.length; index++) {
    const code = record.charCodeAt(index);
    if (code < 0x20 || code > 0x7e || code === 0x22 || code === 0x5c) return false;
  }
  return true;
}

/** ip4:/ip6: for a validated address, or null when `ip` is not an IP literal. */
export function ipMechanismFor(ip: string): string | null {
  const address = parseIp(ip);
  if (address === null) return null;
  return `${address.version === 4 ? 'ip4' : 'ip6'}:${formatIp(address)}`;
}

/**
 * The record with `mechanism` added before its `all` (or `redirect=`), where it takes effect; null when the
 * record cannot be reproduced or already has the mechanism.
 */
export function spfWithMechanism(record: string, mechanism: string): string | null {
  if (!isReproducible(record) || !parseSpfRecord(record).ok) return null;
  const terms = record.split(' ').filter((term) => term !== '');
  if (terms.some((term) => term.toLowerCase() === mechanism.toLowerCase())) return null;
  const last = terms.findIndex((term, index) => index > 0 && isAllOrRedirect(term));
  const at = last === -1 ? terms.length : last;
  return [...terms.slice(0, at), mechanism, ...terms.slice(at)].join(' ');
}

function isAllOrRedirect(term: string): boolean {
  const lower = term.toLowerCase();
  return /^[+~?-]?all$/.test(lower) || lower.startsWith('redirect=');
}

/**
 * One record from several: every mechanism of each, once, in order, and the first record's `all` (or
 * redirect) at the end. It authorises exactly what the published records together authorised.
 */
export function mergeSpfRecords(records: string[]): string | null {
  if (records.length < 2 || !records.every((record) => isReproducible(record) && parseSpfRecord(record).ok))
    return null;
  const seen = new Set<string>();
  const mechanisms: string[] = [];
  let ending: string | null = null;
  for (const record of records) {
    for (const term of record.split(' ').slice(1)) {
      if (term === '') continue;
      if (isAllOrRedirect(term) || term.toLowerCase().startsWith('exp=')) {
        ending ??= isAllOrRedirect(term) ? term : null;
        continue;
      }
      if (seen.has(term.toLowerCase())) continue;
      seen.add(term.toLowerCase());
      mechanisms.push(term);
    }
  }
  return ['v=spf1', ...mechanisms, ...(ending === null ? [] : [ending])].join(' ');
}

/** The DMARC record one step stricter (none → quarantine → reject), its other tags kept; pct= dropped. */
export function nextDmarcRecord(record: string): { record: string; policy: 'quarantine' | 'reject' } | null {
  if (!isReproducible(record)) return null;
  const parts = record.split(';').map((part) => part.trim());
  const policyIndex = parts.findIndex((part) => /^p\s*=/i.test(part));
  if (policyIndex === -1) return null;
  const current = parts[policyIndex]
    .slice(parts[policyIndex].indexOf('=') + 1)
    .trim()
    .toLowerCase();
  const next = current === 'none' ? 'quarantine' : current === 'quarantine' ? 'reject' : null;
  if (next === null) return null;
  // RFC 9989 removed pct=; t=y would keep the stricter policy from applying.
  const kept = parts
    .map((part, index) => (index === policyIndex ? `p=${next}` : part))
    .filter((part) => part !== '' && !/^(pct|t)\s*=/i.test(part));
  return { record: kept.join('; '), policy: next };
}
