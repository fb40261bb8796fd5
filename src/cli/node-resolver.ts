/**
 * The CLI's Resolver: Node's dns.promises.Resolver (c-ares), on the system's servers (`--dns`) or on one
 * given with `--dns-server HOST[:PORT]`. c-ares error codes become the typed failures of src/dns.
 */
import { Resolver as NodeDnsResolver } from 'node:dns/promises';
import { isIP } from 'node:net';
import type { DnsAnswer, DnsFailure, RecordData, RecordType, Resolver } from '../dns/resolver';
import type { DnsServer } from './dns-server';

const DNS_TIMEOUT_MS = 3000;
const DNS_TRIES = 2;

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

/** `server.host` must be an IP address (c-ares takes no names): see openNodeResolver in main.ts. */
export function createNodeResolver(
  server: DnsServer | null,
  { timeoutMs = DNS_TIMEOUT_MS, tries = DNS_TRIES }: { timeoutMs?: number; tries?: number } = {},
): Resolver {
  const resolver = new NodeDnsResolver({ timeout: timeoutMs, tries });
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
