/**
 * A Resolver over DNS-over-HTTPS (RFC 8484): GET with the wire-format query in `?dns=` and
 * `Accept: application/dns-message`, or POST with the query as the body for a server that refuses GET.
 * The host's fetch and timer are passed in, so this file stays free of DOM and Node types; only domain
 * names leave, in the query.
 */
import type { DnsAnswer, DnsFailure, RecordType, Resolver } from './resolver';
import { decodeResponse, encodeQuery } from './wire';

export interface DohResponse {
  ok: boolean;
  status: number;
  headers: { get(name: string): string | null };
  arrayBuffer(): Promise<ArrayBuffer>;
}

export type DohRequest =
  | { method: 'GET'; headers: Record<string, string> }
  | { method: 'POST'; headers: Record<string, string>; body: Uint8Array<ArrayBuffer> };

export interface DohHost {
  fetch(url: string, init: DohRequest): Promise<DohResponse>;
  /** Resolves after `ms` milliseconds. */
  delay(ms: number): Promise<void>;
  /** False when the host knows it has no network (navigator.onLine), to tell offline from blocked. */
  isOnline(): boolean;
}

const DOH_TIMEOUT_MS = 5000;
const MEDIA_TYPE = 'application/dns-message';
/** What a server that does not take GET answers: 405 Method Not Allowed, 501 Not Implemented. */
const GET_REFUSED = new Set([405, 501]);

export function createDohResolver(endpoint: string, host: DohHost, timeoutMs = DOH_TIMEOUT_MS): Resolver {
  // RFC 8484 §4.1 has servers implement both methods. GET comes first: HTTP caches can keep its answers
  // and, with only an Accept header, a browser sends it without a CORS preflight. A server that refuses
  // it anyway is asked by POST from then on (one preflight, then the same answers).
  let method: DohRequest['method'] = 'GET';
  const send = async (query: Uint8Array<ArrayBuffer>): Promise<DohResponse> => {
    if (method === 'GET') {
      const url = `${endpoint}${endpoint.includes('?') ? '&' : '?'}dns=${base64Url(query)}`;
      const response = await host.fetch(url, { method: 'GET', headers: { accept: MEDIA_TYPE } });
      if (!GET_REFUSED.has(response.status)) return response;
      method = 'POST';
    }
    return host.fetch(endpoint, {
      method: 'POST',
      headers: { accept: MEDIA_TYPE, 'content-type': MEDIA_TYPE },
      body: query,
    });
  };
  return {
    label: endpoint,
    async resolve<T extends RecordType>(name: string, type: T): Promise<DnsAnswer<T>> {
      const query = encodeQuery(name, type);
      if (query === null)
        return { ok: false, failure: 'nxdomain', detail: `"${name}" is not a name DNS can look up` };
      const request = send(query).then(
        async (response): Promise<DnsAnswer<T>> => {
          if (!response.ok) return httpFailure(response.status);
          const contentType = response.headers.get('content-type') ?? '';
          if (!contentType.toLowerCase().startsWith(MEDIA_TYPE))
            return { ok: false, failure: 'servfail', detail: `unexpected content type "${contentType}"` };
          return decodeResponse(new Uint8Array(await response.arrayBuffer()), type);
        },
        (): DnsAnswer<T> => ({ ok: false, failure: host.isOnline() ? 'blocked' : 'offline' }),
      );
      const timeout = host.delay(timeoutMs).then((): DnsAnswer<T> => ({ ok: false, failure: 'timeout' }));
      return Promise.race([request, timeout]);
    },
  };
}

function httpFailure<T extends RecordType>(status: number): DnsAnswer<T> {
  const failure: DnsFailure = status >= 500 ? 'servfail' : 'refused';
  return { ok: false, failure, detail: `HTTP ${status}` };
}

const BASE64URL = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

/** base64url without padding (RFC 4648 §5), as RFC 8484 §6 requires for `dns=`. */
export function base64Url(bytes: Uint8Array): string {
  let out = '';
  for (let index = 0; index < bytes.length; index += 3) {
    const chunk = (bytes[index] << 16) | ((bytes[index + 1] ?? 0) << 8) | (bytes[index + 2] ?? 0);
    const characters = Math.min(4, Math.ceil(((bytes.length - index) * 8) / 6));
    for (let position = 0; position < characters; position++)
      out += BASE64URL[(chunk >> (18 - position * 6)) & 0x3f];
  }
  return out;
}
