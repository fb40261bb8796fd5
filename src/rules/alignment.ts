import { getDomain } from 'tldts-icann';
import { detached, NameCache } from './name-cache';

export type AlignmentMode = 'relaxed' | 'strict';

/**
 * Organizational domain (RFC 7489 §3.2) from the Public Suffix List.
 *
 * ICANN section only, via tldts-icann (tldts without the PRIVATE section; it also keeps the task pane's
 * bundle small). RFC 7489 does not say which section, but the PSL publishers' "Uses" page tells DMARC to
 * ignore the PRIVATE section, and Mail::DMARC and most receivers follow it: private entries such as
 * 1password.com or github.io are hosting boundaries for browsers, not registries, and treating them as
 * suffixes made real mail from 1password.com fail DMARC (publicsuffix/list#632, msimerson/mail-dmarc#83).
 * Consequence: foo.github.io and bar.github.io share the organizational domain github.io, exactly as the
 * receivers that stamped the header see it.
 *
 * A name the list cannot place (single label, unknown TLD, IP literal) is its own organizational domain.
 */
export function organizationalDomain(domain: string): string {
  // Looked up as written first: callers ask about the same parsed strings again and again, and
  // normalizing before every lookup would cost more than the lookup.
  const known = orgCache.get(domain);
  if (known !== undefined) return known;
  const name = normalizeDomain(domain);
  const org =
    orgCache.get(name) ?? detached(getDomain(name, { detectIp: true, validateHostname: false }) ?? name);
  orgCache.set(name, org);
  if (domain !== name) orgCache.set(domain, org);
  return org;
}

const orgCache = new NameCache<string>(1024);

/**
 * Whether an authenticated domain (SPF smtp.mailfrom or DKIM d=) is aligned with the From domain:
 * strict = the same name; relaxed = the same organizational domain (RFC 7489 §3.1).
 * Null when either domain is unknown: we cannot say, and must not guess.
 */
export function dmarcAlignment(
  authDomain: string | null | undefined,
  fromDomain: string | null | undefined,
  mode: AlignmentMode = 'relaxed',
): boolean | null {
  if (!authDomain || !fromDomain) return null;
  const a = normalizeDomain(authDomain);
  const f = normalizeDomain(fromDomain);
  if (!a || !f) return null;
  if (mode === 'strict') return a === f;
  return organizationalDomain(a) === organizationalDomain(f);
}

/**
 * Lower case, no trailing root dot, no surrounding whitespace or brackets. Each end is trimmed of all of
 * them in one pass (not whitespace, then brackets, then dots): "x.example>." must normalize as its own
 * normalized form "x.example>" does, since the organizational-domain cache answers for both.
 */
export function normalizeDomain(domain: string): string {
  if (isNormalized(domain)) return domain;
  let start = 0;
  let end = domain.length;
  while (start < end && isEdgeJunk(domain[start], false)) start++;
  while (end > start && isEdgeJunk(domain[end - 1], true)) end--;
  return domain.slice(start, end).toLowerCase();
}

const EDGE_WHITESPACE = /\s/;

/** Whitespace (as String.prototype.trim removes it) or a bracket; at the end, also a dot. */
function isEdgeJunk(char: string, atEnd: boolean): boolean {
  return '<>[]'.includes(char) || (atEnd && char === '.') || EDGE_WHITESPACE.test(char);
}

/**
 * Nothing for normalizeDomain to change: printable ASCII without upper case, and neither end trimmed.
 * Most names the rules ask about are, and the check is a fraction of the cost of trimming and lower-casing.
 */
function isNormalized(domain: string): boolean {
  const n = domain.length;
  if (n === 0) return true;
  if (isBracket(domain.charCodeAt(0)) || isBracket(domain.charCodeAt(n - 1)) || domain.endsWith('.'))
    return false;
  for (let i = 0; i < n; i++) {
    const c = domain.charCodeAt(i);
    if (c <= 32 || c >= 127 || (c >= 65 && c <= 90)) return false;
  }
  return true;
}

/** '<', '>', '[' or ']'. */
function isBracket(code: number): boolean {
  return code === 60 || code === 62 || code === 91 || code === 93;
}
