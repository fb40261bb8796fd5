/**
 * The DNS-over-HTTPS endpoint chosen at build time (scripts/dns-resolver.cjs; webpack defines it), or ""
 * when the build turned the DNS check off. Tests set process.env.DNS_RESOLVER_URL themselves.
 */
export function dnsResolverUrl(): string {
  return process.env.DNS_RESOLVER_URL ?? '';
}
