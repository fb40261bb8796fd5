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
const PRIVATE_TLDS = new Set(['internal', 'local', 'localdomain', 'localhost', 'lan', 'home', 'corp']);

/** The receiver a header names: its organisational domains, and the hop where it took the message. */
interface Receiver {
  domains: ReadonlySet<string>;
  entry: ReceivedHop | null;
}

export function receivingSide(parsed: ParsedMessage): ReceivingSide {
  const hops = [...parsed.hops].sort((a, b) => a.loc.line - b.loc.line);
  // The receiver depends on the authserv-id alone: headers of one receiver (ARC sets, split verdicts)
  // share it. Ids of one organisation share one receiver, so its entry hop is traced once.
  const byId = new Map<string, Receiver>();
  const byOrganization = new Map<string, Receiver>();
  const receiverOf = (ar: AuthenticationResults): Receiver => {
    const id = ar.authservId || '';
    let receiver = byId.get(id);
    if (!receiver) {
      const named = ar.authservId ? hostOrganization(ar.authservId) : null;
      // Without a name of its own (no or a bare authserv-id), the receiver is the same for every header.
      const key = named ?? '';
      receiver = byOrganization.get(key);
      if (!receiver) {
        receiver = { domains: receiverDomains(named, hops), entry: null };
        byOrganization.set(key, receiver);
      }
      byId.set(id, receiver);
    }
    return receiver;
  };
  const entryOf = (receiver: Receiver): ReceivedHop => (receiver.entry ??= findEntry(hops, receiver.domains));
  return {
    entryHop: (ar) => (hops.length === 0 ? null : entryOf(receiverOf(ar))),
    added(ar) {
      if (hops.length === 0) return true;
      const receiver = receiverOf(ar);
      const entry = entryOf(receiver);
      if (ar.loc.line < entry.loc.line) return true;
      const host = hostOrganization(entry.by);
      return hostOrganization(ar.authservId) !== null && host !== null && receiver.domains.has(host);
    },
  };
}

/**
 * The organisational domains of the receiver a header names: those of its authserv-id's organisation
 * (`named`); without one, Exchange Online's (which writes no authserv-id) and those of the server that
 * wrote the top-most Received line.
 */
function receiverDomains(named: string | null, topDown: ReceivedHop[]): ReadonlySet<string> {
  const top = topDown.length > 0 ? hostOrganization(topDown[0].by) : null;
  // A newline is in no organisational domain: the key tells a named receiver from an unnamed one.
  const key = named ?? `\n${top ?? ''}`;
  let domains = receiverSets.get(key);
  if (domains) return domains;
  const seeds = named ? [named] : top ? [...EXCHANGE_ONLINE, top] : EXCHANGE_ONLINE;
  const set = new Set<string>();
  for (const seed of seeds) {
    set.add(seed);
    for (const peer of SERVICE_PEERS.get(seed) ?? []) set.add(peer);
  }
  domains = set;
  receiverSets.set(key, domains);
  return domains;
}

/** Receiver domain sets by what they are made of: the same few receivers recur from message to message. */
const receiverSets = new NameCache<ReadonlySet<string>>(256);

/**
 * The hop where the receiver took the message from outside. It starts at the top-most Received written by
 * one of the receiver's servers (when the hop above it got the message from inside, so a Received that
 * names the receiver further down, under someone else's hop, is not taken at its word), else at the
 * top-most Received; then it follows the receiver's own hand-offs down until a server outside handed the
 * message over.
 */
function findEntry(topDown: ReceivedHop[], receiver: ReadonlySet<string>): ReceivedHop {
  const owned = topDown.findIndex((h) => {
    const org = hostOrganization(h.by);
    return org !== null && receiver.has(org);
  });
  let at = owned > 0 && handedFromInside(topDown[owned - 1], receiver) ? owned : 0;
  while (at + 1 < topDown.length && handedFromInside(topDown[at], receiver)) {
    const org = hostOrganization(topDown[at + 1].by);
    if (org !== null && !receiver.has(org)) break;
    at++;
  }
  return topDown[at];
}

/**
 * The server named in the from-clause is the receiver's: no from-clause (a local pick-up), a host of its
 * organisation, or an unnamed host connecting from a private address.
 */
function handedFromInside(hop: ReceivedHop, receiver: ReadonlySet<string>): boolean {
  if (!hop.from) return true;
  const org = hostOrganization(hop.from);
  if (org !== null) return receiver.has(org);
  return !!hop.fromIp && isPrivateAddress(hop.fromIp);
}

/**
 * The organisational domain of a public host name; null for an address, a bare label or a private name.
 * Remembered as written: a block names the same few hosts many times (a hop-heavy one hundreds), and the
 * same servers recur from message to message.
 */
function hostOrganization(host: string | null): string | null {
  if (!host) return null;
  const known = hostOrganizations.get(host);
  if (known !== undefined) return known;
  const name = normalizeDomain(host);
  const lastDot = name.lastIndexOf('.');
  const org =
    lastDot < 0 || asIp(name) || PRIVATE_TLDS.has(name.slice(lastDot + 1))
      ? null
      : organizationalDomain(name);
  hostOrganizations.set(host, org);
  return org;
}

const hostOrganizations = new NameCache<string | null>(1024);

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
  return lower === '::1' || /^f[cd]/.test(lower) || /^fe[89ab]/.test(lower);
}
