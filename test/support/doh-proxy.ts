/**
 * DNS-over-HTTPS in front of the test DNS server, as a browser would reach one (RFC 8484 GET with ?dns=):
 * an HTTP server on 127.0.0.1 that relays each wire-format query to knotd over UDP and returns the answer.
 * It records every query so tests can assert what was (and was not) sent.
 */
import { createSocket } from 'node:dgram';
import { type IncomingMessage, type ServerResponse, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface DohProxy {
  /** http://127.0.0.1:PORT/dns-query */
  endpoint: string;
  /** Each query's wire bytes, in arrival order. */
  queries: Uint8Array[];
  close(): Promise<void>;
}

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

export async function startDohProxy(
  dnsPort: number,
  headers: Record<string, string> = {},
): Promise<DohProxy> {
  const queries: Uint8Array[] = [];
  const server = createServer((request: IncomingMessage, response: ServerResponse) => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    const dns = url.searchParams.get('dns');
    if (url.pathname !== '/dns-query' || dns === null) {
      response.writeHead(400).end();
      return;
    }
    const query = Buffer.from(dns, 'base64url');
    queries.push(query);
    relay(query, dnsPort).then(
      (answer) =>
        response.writeHead(200, { 'content-type': 'application/dns-message', ...headers }).end(answer),
      () => response.writeHead(502).end(),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    endpoint: `http://127.0.0.1:${port}/dns-query`,
    queries,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
