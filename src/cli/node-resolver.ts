/**
 * The CLI's Resolver: Node's dns.promises.Resolver (c-ares), on the system's servers (`--dns`) or on one
 * given with `--dns-server HOST[:PORT]`. c-ares error codes become the typed failures of src/dns.
 */
import { Resolver as NodeDnsResolver } from 'node:dns/promises';
import { isIP } from 'node:net';
import type { DnsAnswer, DnsFailure, RecordData, RecordType, Resolver } from '../dns/resolver';

export const DNS_TIMEOUT_MS = 3000;
const DNS_TRIES = 2;

export interface DnsServer {
  host: string;
  port: number;
}

/** HOST, HOST:PORT, an IPv6 literal, or [IPv6]:PORT; null when unreadable. Port 53 by default. */
export function parseDnsServer(text: string): DnsServer | null {
  let host = text;
  let port = 53;
  if (text.startsWith('[')) {
    const close = text.indexOf(']');
    if (close === -1) return null;
    host = text.slice(1, close);
    const rest = text.slice(close + 1);
    if (rest !== '') {
      if (!rest.startsWith(':')) return null;
      port = Number(rest.slice(1));
    }
  } else if (text.indexOf(':') !== -1 && text.indexOf(':') === text.lastIndexOf(':')) {
    host = text.slice(0, text.indexOf(':'));
    port = Number(text.slice(text.indexOf(':') + 1));
  }
  if (!Number.isInteger(port) || port < 1 || port > 65535 || host === '') return null;
  return { host, port };
}

const FAILURES: Record<string, DnsFailure> = {
  ENOTFOUND: 'nxdomain',
  ENODATA: 'nodata',
  ETIMEOUT: 'timeout',
  ESERVFAIL: 'servfail',
  EREFUSED: 'refused',
  ECONNREFUSED: 'offline',
  ENETUNREACH: 'offline',
  ECONNRESET: 'offline',
};

export function createNodeResolver(server: DnsServer | null): Resolver {
  const resolver = new NodeDnsResolver({ timeout: DNS_TIMEOUT_MS, tries: DNS_TRIES });
  let label = 'system resolver';
  if (server !== null) {
    const address =
      isIP(server.host) === 6 ? `[${server.host}]:${server.port}` : `${server.host}:${server.port}`;
    resolver.setServers([address]);
    label = address;
  }
  return {
    label,
    async resolve<T extends RecordType>(name: string, type: T): Promise<DnsAnswer<T>> {
      try {
        return { ok: true, records: await query(resolver, name, type) };
      } catch (error) {
        const code = (error as { code?: unknown }).code;
        const failure = typeof code === 'string' ? FAILURES[code] : undefined;
        return {
          ok: false,
          failure: failure ?? 'servfail',
          detail: typeof code === 'string' ? code : String(error),
        };
      }
    },
  };
}

async function query<T extends RecordType>(
  resolver: NodeDnsResolver,
  name: string,
  type: T,
): Promise<RecordData[T][]> {
  switch (type) {
    case 'TXT':
      return (await resolver.resolveTxt(name)).map((chunks) => chunks.join('')) as RecordData[T][];
    case 'MX':
      return (await resolver.resolveMx(name)) as RecordData[T][];
    case 'A':
      return (await resolver.resolve4(name)) as RecordData[T][];
    case 'AAAA':
      return (await resolver.resolve6(name)) as RecordData[T][];
    case 'PTR':
      return (await resolver.resolvePtr(name)) as RecordData[T][];
    default:
      return (await resolver.resolveCname(name)) as RecordData[T][];
  }
}
