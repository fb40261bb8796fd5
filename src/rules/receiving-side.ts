import type { AuthenticationResults, ParsedMessage, ReceivedHop } from '../parser/types';
import { asIp } from '../parser/ip';
import { BRANDS } from './knowledge';
import { normalizeDomain, organizationalDomain } from './alignment';
import { NameCache } from './name-cache';

/**
 * Which Authentication-Results the receiving side added. Everything below the Received line where the
 * receiver accepted the message was already in it, written by the sender or an earlier hop (RFC 5321
 * §4.4: each server prepends its Received line; RFC 8601 §5: results from outside are not to be trusted).
 * Such a header is history, never the verdict, unless its authserv-id names the receiving host's
 * organisation: a receiver stamping its results under its own Received line (Postfix milters, Gmail,
 * Proton, Amazon SES) names itself, and RFC 8601 §5 has it delete incoming headers that claim its name.
 */
export interface ReceivingSide {
  /** The receiving side added this header (true for every header of a block without Received lines). */
  added(ar: AuthenticationResults): boolean;
  /** The Received hop where the receiver that `ar` names accepted the message; null without hops. */
  entryHop(ar: AuthenticationResults): ReceivedHop | null;
}

/**
 * A mail service names its servers under several domains (Exchange Online: outlook.com and
 * office365.com, its ARC authserv-id mx.microsoft.com): each service's domains count as one receiver.
 */
const SERVICE_DOMAINS: string[][] = BRANDS.filter((b) => b.platforms).map((b) => [
  ...b.domains,
  ...(b.platforms ?? []),
]);
/** Exchange Online writes no authserv-id (header-facts): a header without one may be its. */
const EXCHANGE_ONLINE = SERVICE_DOMAINS.find((d) => d.includes('outlook.com')) ?? [];
/** For each service domain, the domains of every service that names it, in SERVICE_DOMAINS order. */
const SERVICE_PEERS = new Map<string, string[]>();
for (const service of SERVICE_DOMAINS) {
  for (const domain of service) SERVICE_PEERS.set(domain, [...(SERVICE_PEERS.get(domain) ?? []), ...service]);
}
/** Top-level names for private use (RFC 6761, RFC 6762, ICANN's .internal): no organisation owns them. */
const PRIVATE_TLDS = ['internal', 'local', 'localdomain', 'localhost', 'lan', 'home', 'corp'];

export function receivingSide(parsed: ParsedMessage): ReceivingSide {
  const hops = topDownHops(parsed.hops);
  const orgs = new HopOrganizations(hops);
  // Receivers made of the same domains are one set (see receiverDomains): the set itself is the key.
  const entries = new Map<ReadonlySet<string>, number>();
  const entryFor = (receiver: ReadonlySet<string>): number => {
    let entry = entries.get(receiver);
    if (entry === undefined) {
      entry = findEntry(orgs, receiver);
      entries.set(receiver, entry);
    }
    return entry;
  };
  // The receiver depends on the authserv-id alone: headers of one receiver (ARC sets, split verdicts)
  // share it.
  const receivers = new Map<string, ReadonlySet<string>>();
  const receiverOf = (ar: AuthenticationResults): ReadonlySet<string> => {
    const id = ar.authservId || '';
    let receiver = receivers.get(id);
    if (!receiver) {
      receiver = receiverDomains(ar, orgs);
      receivers.set(id, receiver);
    }
    return receiver;
  };
  return {
    entryHop: (ar) => (hops.length === 0 ? null : hops[entryFor(receiverOf(ar))]),
    added(ar) {
      if (hops.length === 0) return true;
      const receiver = receiverOf(ar);
      const entry = entryFor(receiver);
      if (ar.loc.line < hops[entry].loc.line) return true;
      const host = orgs.by(entry);
      return hostOrganization(ar.authservId) !== null && host !== null && receiver.has(host);
    },
  };
}

/**
 * The hops top-most first. The parser lists them oldest first, so in the order of their lines reversed:
 * reversing that list is the sort without a comparison per pair of hops (any other order is sorted).
 */
function topDownHops(hops: readonly ReceivedHop[]): ReceivedHop[] {
  for (let i = 1; i < hops.length; i++) {
    if (hops[i - 1].loc.line <= hops[i].loc.line) return [...hops].sort((a, b) => a.loc.line - b.loc.line);
  }
  return [...hops].reverse();
}

/**
 * The organisational domains (see hostOrganization) of the hosts of each hop, top-most first, each worked
 * out the first time a search asks: a hop-heavy block is walked once per receiver, and most of its hops
 * never. The server that sent hop `i` on usually wrote the hop below it (`hops[i].from` is
 * `hops[i + 1].by`, spelled the same): then the name is looked up once for both.
 */
class HopOrganizations {
  private readonly fromOrgs: (string | null | undefined)[];
  private readonly byOrgs: (string | null | undefined)[];

  constructor(readonly hops: readonly ReceivedHop[]) {
    this.fromOrgs = new Array<string | null | undefined>(hops.length);
    this.byOrgs = new Array<string | null | undefined>(hops.length);
  }

  get count(): number {
    return this.hops.length;
  }

  from(i: number): string | null {
    let org = this.fromOrgs[i];
    if (org === undefined) {
      const host = this.hops[i].from;
      const below = i + 1 < this.hops.length ? this.byOrgs[i + 1] : undefined;
      org = below !== undefined && this.hops[i + 1].by === host ? below : hostOrganization(host);
      this.fromOrgs[i] = org;
    }
    return org;
  }

  by(i: number): string | null {
    let org = this.byOrgs[i];
    if (org === undefined) {
      const host = this.hops[i].by;
      const above = i > 0 ? this.fromOrgs[i - 1] : undefined;
      org = above !== undefined && this.hops[i - 1].from === host ? above : hostOrganization(host);
      this.byOrgs[i] = org;
    }
    return org;
  }
}

/**
 * The organisational domains of the receiver a header names: its authserv-id's; without one, Exchange
 * Online's (which writes none) and those of the server that wrote the top-most Received line.
 */
function receiverDomains(ar: AuthenticationResults, orgs: HopOrganizations): ReadonlySet<string> {
  const named = ar.authservId ? hostOrganization(ar.authservId) : null;
  const top = orgs.count > 0 ? orgs.by(0) : null;
  // A newline is in no organisational domain: the key tells a named receiver from an unnamed one.
  const key = named ?? `\n${top ?? ''}`;
  const known = receiverSets.get(key);
  if (known) return known;
  const seeds = named ? [named] : top ? [...EXCHANGE_ONLINE, top] : EXCHANGE_ONLINE;
  const domains = new Set<string>();
  for (const seed of seeds) {
    domains.add(seed);
    for (const peer of SERVICE_PEERS.get(seed) ?? []) domains.add(peer);
  }
  receiverSets.set(key, domains);
  return domains;
}

/**
 * Receiver domain sets by what they are made of, shared and never changed: the same few receivers recur
 * within a block and from one message to the next.
 */
const receiverSets = new NameCache<ReadonlySet<string>>(256);

/**
 * The index (top-most first) of the hop where the receiver took the message from outside. It starts at
 * the top-most Received written by one of the receiver's servers (when the hop above it got the message
 * from inside, so a Received that names the receiver further down, under someone else's hop, is not taken
 * at its word), else at the top-most Received; then it follows the receiver's own hand-offs down until a
 * server outside handed the message over.
 */
function findEntry(orgs: HopOrganizations, receiver: ReadonlySet<string>): number {
  let owned = -1;
  for (let i = 0; i < orgs.count && owned < 0; i++) {
    const org = orgs.by(i);
    if (org !== null && receiver.has(org)) owned = i;
  }
  let at = owned > 0 && handedFromInside(orgs, owned - 1, receiver) ? owned : 0;
  while (at + 1 < orgs.count && handedFromInside(orgs, at, receiver)) {
    const org = orgs.by(at + 1);
    if (org !== null && !receiver.has(org)) break;
    at++;
  }
  return at;
}

/**
 * The server named in the from-clause of hop `i` is the receiver's: no from-clause (a local pick-up), a
 * host of its organisation, or an unnamed host connecting from a private address.
 */
function handedFromInside(orgs: HopOrganizations, i: number, receiver: ReadonlySet<string>): boolean {
  const hop = orgs.hops[i];
  if (!hop.from) return true;
  const org = orgs.from(i);
  if (org !== null) return receiver.has(org);
  return !!hop.fromIp && isPrivateAddress(hop.fromIp);
}

/**
 * The organisational domain of a public host name; null for an address, a bare label or a private name.
 * Only a name whose last label starts with a digit is tried as an address: every IP literal with a dot
 * ends in a dotted quad's digits, and a name ending in a letter (nearly every host) needs no regex run.
 */
function hostOrganization(host: string | null): string | null {
  if (!host) return null;
  const name = normalizeDomain(host);
  const lastDot = name.lastIndexOf('.');
  if (lastDot < 0 || hasPrivateTld(name, lastDot) || (isDigit(name.charCodeAt(lastDot + 1)) && asIp(name)))
    return null;
  return organizationalDomain(name);
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

/**
 * The last label (after the dot at `lastDot`) is one of PRIVATE_TLDS, compared in place: lengths first,
 * so a name under .com or .net is mostly told from its length alone.
 */
function hasPrivateTld(name: string, lastDot: number): boolean {
  const length = name.length - lastDot - 1;
  for (const tld of PRIVATE_TLDS) if (tld.length === length && name.startsWith(tld, lastDot + 1)) return true;
  return false;
}

/** RFC 1918, loopback, link-local, shared (RFC 6598) and IPv6 unique-local / link-local / loopback. */
function isPrivateAddress(ip: string): boolean {
  const v4 = ip.split('.').map(Number);
  if (v4.length === 4) {
    const [a, b] = v4;
    return (
      a === 10 ||
      a === 127 ||
      (a === 169 && b === 254) ||
      (a === 172 && b >= 16 && b <= 31) ||
      (a === 192 && b === 168) ||
      (a === 100 && b >= 64 && b <= 127)
    );
  }
  const lower = ip.toLowerCase();
  return lower === '::1' || UNIQUE_LOCAL.test(lower) || LINK_LOCAL.test(lower);
}

const UNIQUE_LOCAL = /^f[cd]/;
const LINK_LOCAL = /^fe[89ab]/;
