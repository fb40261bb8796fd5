/** The value of `--dns-server`: HOST, HOST:PORT, an IPv6 literal, or [IPv6]:PORT. Pure, for args.ts. */

export interface DnsServer {
  host: string;
  port: number;
}

const DNS_PORT = 53;

/** Null when unreadable; port 53 when none is given. */
export function parseDnsServer(text: string): DnsServer | null {
  let host = text;
  let port = DNS_PORT;
  const firstColon = text.indexOf(':');
  if (text.startsWith('[')) {
    const close = text.indexOf(']');
    if (close === -1) return null;
    host = text.slice(1, close);
    const rest = text.slice(close + 1);
    if (rest !== '') {
      if (!rest.startsWith(':')) return null;
      port = Number(rest.slice(1));
    }
  } else if (firstColon !== -1 && firstColon === text.lastIndexOf(':')) {
    // One colon: HOST:PORT. Several without brackets: a bare IPv6 address.
    host = text.slice(0, firstColon);
    port = Number(text.slice(firstColon + 1));
  }
  if (!Number.isInteger(port) || port < 1 || port > 65535 || host === '') return null;
  return { host, port };
}
