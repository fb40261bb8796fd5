/**
 * A minimal fetch over node:http for jsdom tests (jsdom has no fetch): a real HTTP request, enough for the
 * DoH resolver's GET and POST. Only http://127.0.0.1 URLs are accepted, so a test cannot reach anything else.
 */
import { request } from 'node:http';
import type { DohRequest, DohResponse } from '../../src/dns/doh-resolver';

export function loopbackFetch(url: string, init: DohRequest): Promise<DohResponse> {
  const target = new URL(url);
  if (target.protocol !== 'http:' || target.hostname !== '127.0.0.1')
    return Promise.reject(new TypeError(`tests fetch from http://127.0.0.1 only, not ${target.origin}`));
  return new Promise((resolve, reject) => {
    const outgoing = request(target, { method: init.method, headers: init.headers }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => {
        const body = Buffer.concat(chunks);
        const status = response.statusCode ?? 0;
        resolve({
          ok: status >= 200 && status < 300,
          status,
          headers: { get: (name) => response.headers[name.toLowerCase()]?.toString() ?? null },
          arrayBuffer: async () => body.buffer.slice(body.byteOffset, body.byteOffset + body.byteLength),
        });
      });
    });
    outgoing.on('error', () => reject(new TypeError('Failed to fetch')));
    outgoing.end(init.method === 'POST' ? init.body : undefined);
  });
}

/** The question name of a wire-format query (RFC 1035 §4.1.2), for asserting what was sent. */
export function queryName(query: Uint8Array): string {
  const labels: string[] = [];
  let at = 12;
  while (query[at] !== 0) {
    labels.push(Buffer.from(query.subarray(at + 1, at + 1 + query[at])).toString('latin1'));
    at += query[at] + 1;
  }
  return labels.join('.');
}
