/**
 * DNS-over-HTTPS in front of the test DNS server, as a browser would reach one (RFC 8484: GET with ?dns=,
 * or POST with the query as the body): an HTTP server on 127.0.0.1 that relays each wire-format query to
 * knotd over UDP and returns the answer. It records every query so tests can assert what was (and was not)
 * sent. It answers any origin (as public DoH resolvers do), so a pane served from another port can use it.
 */
import { createSocket } from 'node:dgram';
import { type IncomingMessage, type ServerResponse, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface DohQuery {
  method: 'GET' | 'POST';
  wire: Uint8Array;
}

export interface DohProxy {
  /** http://127.0.0.1:PORT/dns-query */
  endpoint: string;
  /** Each query, in arrival order. */
  queries: DohQuery[];
  /** false: GET is answered 405, as by a server that takes POST only. */
  acceptGet: boolean;
  close(): Promise<void>;
}

const MEDIA_TYPE = 'application/dns-message';
/** RFC 8484 §6: a DNS message is at most 65535 octets. */
const MAX_BODY = 65535;
const CORS = {
  'access-control-allow-origin': '*',
  'access-control-allow-methods': 'GET, POST',
  'access-control-allow-headers': 'accept, content-type',
};

function relay(query: Buffer, dnsPort: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const socket = createSocket('udp4');
    const timer = setTimeout(() => {
      socket.close();
      reject(new Error('no answer from the DNS server'));
    }, 3000);
    socket.once('message', (answer) => {
      clearTimeout(timer);
      socket.close();
      resolve(answer);
    });
    socket.send(query, dnsPort, '127.0.0.1');
  });
}

function readBody(request: IncomingMessage): Promise<Buffer | null> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= MAX_BODY) chunks.push(chunk);
    });
    request.on('end', () => resolve(size <= MAX_BODY ? Buffer.concat(chunks) : null));
    request.on('error', () => resolve(null));
  });
}

/** The query of a request, or the HTTP status that refuses it. */
async function queryOf(request: IncomingMessage, proxy: DohProxy): Promise<DohQuery | number> {
  const url = new URL(request.url ?? '/', 'http://127.0.0.1');
  if (url.pathname !== '/dns-query') return 404;
  if (request.method === 'GET') {
    if (!proxy.acceptGet) return 405;
    const dns = url.searchParams.get('dns');
    return dns === null ? 400 : { method: 'GET', wire: Buffer.from(dns, 'base64url') };
  }
  if (request.method === 'POST') {
    if (request.headers['content-type'] !== MEDIA_TYPE) return 415;
    const body = await readBody(request);
    return body === null || body.length === 0 ? 400 : { method: 'POST', wire: body };
  }
  return 405;
}

export async function startDohProxy(dnsPort: number): Promise<DohProxy> {
  const server = createServer((request: IncomingMessage, response: ServerResponse) => {
    if (request.method === 'OPTIONS') {
      response.writeHead(204, CORS).end();
      return;
    }
    void queryOf(request, proxy).then((query) => {
      if (typeof query === 'number') {
        response.writeHead(query, CORS).end();
        return;
      }
      proxy.queries.push(query);
      relay(Buffer.from(query.wire), dnsPort).then(
        (answer) => response.writeHead(200, { 'content-type': MEDIA_TYPE, ...CORS }).end(answer),
        () => response.writeHead(502, CORS).end(),
      );
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const proxy: DohProxy = {
    endpoint: `http://127.0.0.1:${port}/dns-query`,
    queries: [],
    acceptGet: true,
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
  return proxy;
}
