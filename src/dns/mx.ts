/**
 * Where a domain's mail arrives (its MX): straight at Microsoft 365, or at another system in front of it.
 * With a gateway in front, Microsoft 365 sees the gateway's IP, so SPF and DKIM verdicts need Enhanced
 * Filtering for Connectors (https://learn.microsoft.com/exchange/mail-flow-best-practices/use-connectors-to-configure-mail-flow/enhanced-filtering-for-connectors).
 */
import { type DnsFailure, type MxRecord, type Resolver, describeFailure, isEmptyAnswer } from './resolver';

/**
 * Host name endings of Microsoft 365 MX targets: the long-standing mail.protection.outlook.com and the
 * DNSSEC-signed mx.microsoft (https://learn.microsoft.com/purview/how-smtp-dane-works).
 */
const MICROSOFT_365_MX_SUFFIXES = ['.mail.protection.outlook.com', '.mx.microsoft'];

export type MxRouting = 'microsoft-365' | 'gateway' | 'none' | 'unavailable';

export interface MxCheck {
  domain: string;
  /** Lowest preference first. */
  hosts: MxRecord[];
  routing: MxRouting;
  /** The first non-Microsoft host when a gateway is in front. */
  gateway: string | null;
  failure: DnsFailure | null;
  detail: string;
}

function isMicrosoft365Host(host: string): boolean {
  const name = host.toLowerCase().replace(/\.$/, '');
  return MICROSOFT_365_MX_SUFFIXES.some((suffix) => name.endsWith(suffix));
}

export async function checkMx(domain: string, resolver: Resolver): Promise<MxCheck> {
  const answer = await resolver.resolve(domain, 'MX');
  if (!answer.ok) {
    const empty = isEmptyAnswer(answer.failure);
    return {
      domain,
      hosts: [],
      routing: empty ? 'none' : 'unavailable',
      gateway: null,
      failure: answer.failure,
      detail: empty
        ? `${domain} publishes no MX record`
        : describeFailure(answer.failure, domain, 'MX', resolver.label),
    };
  }
  const hosts = [...answer.records].sort((a, b) => a.priority - b.priority);
  const primary = hosts[0];
  // A null MX (RFC 7505: one record naming ".") says the domain accepts no mail.
  if (primary === undefined || primary.exchange === '' || primary.exchange === '.') {
    return {
      domain,
      hosts,
      routing: 'none',
      gateway: null,
      failure: null,
      detail: `${domain} accepts no mail (null MX)`,
    };
  }
  if (isMicrosoft365Host(primary.exchange)) {
    return {
      domain,
      hosts,
      routing: 'microsoft-365',
      gateway: null,
      failure: null,
      detail: `${domain} receives mail directly at Microsoft 365 (${primary.exchange})`,
    };
  }
  return {
    domain,
    hosts,
    routing: 'gateway',
    gateway: primary.exchange,
    failure: null,
    detail: `${domain} receives mail at ${primary.exchange} first: a gateway in front of Microsoft 365`,
  };
}
