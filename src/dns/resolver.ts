/**
 * The one seam between the DNS checks and the network: the CLI gives a Node resolver, the task pane a
 * DNS-over-HTTPS one, the tests a real server on 127.0.0.1. Every failure is a typed answer rather than
 * an exception, so each check can say exactly why it could not conclude.
 */

export type RecordType = 'A' | 'AAAA' | 'TXT' | 'MX' | 'PTR' | 'CNAME';

export interface MxRecord {
  priority: number;
  exchange: string;
}

/** TXT records are given with their character-strings joined, as SPF, DMARC and DKIM read them. */
export interface RecordData {
  A: string;
  AAAA: string;
  TXT: string;
  MX: MxRecord;
  PTR: string;
  CNAME: string;
}

/**
 * Why a query has no records. `nxdomain` (the name does not exist) and `nodata` (it exists without
 * records of that type) are answers, not failures: SPF counts both as void lookups.
 * `blocked`: the browser refused the request (CORS or the page's Content-Security-Policy).
 */
export type DnsFailure = 'timeout' | 'servfail' | 'nxdomain' | 'nodata' | 'refused' | 'blocked' | 'offline';

export type DnsAnswer<T extends RecordType> =
  { ok: true; records: RecordData[T][] } | { ok: false; failure: DnsFailure; detail?: string };

export interface Resolver {
  /** Names the resolver in reports: "system resolver", "127.0.0.1:5353", "https://cloudflare-dns.com/dns-query". */
  readonly label: string;
  resolve<T extends RecordType>(name: string, type: T): Promise<DnsAnswer<T>>;
}

/** True for the two answers that mean "nothing is published there". */
export function isEmptyAnswer(failure: DnsFailure): boolean {
  return failure === 'nxdomain' || failure === 'nodata';
}

/** One plain sentence per failure, naming the query and the resolver. */
export function describeFailure(
  failure: DnsFailure,
  name: string,
  type: RecordType,
  resolver: string,
): string {
  const query = `${type} ${name}`;
  switch (failure) {
    case 'timeout':
      return `${resolver} did not answer ${query} in time (timeout); try again or another resolver`;
    case 'servfail':
      return `${resolver} answered SERVFAIL for ${query}: the domain's name servers failed or are misconfigured`;
    case 'nxdomain':
      return `${name} does not exist (NXDOMAIN from ${resolver})`;
    case 'nodata':
      return `${name} exists but has no ${type} record (${resolver})`;
    case 'refused':
      return `${resolver} refused to answer ${query} (REFUSED)`;
    case 'blocked':
      return `the browser blocked the request to ${resolver} (CORS or Content-Security-Policy)`;
    case 'offline':
      return `${resolver} could not be reached (no network, or nothing answers DNS there)`;
  }
}
