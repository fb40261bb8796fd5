/**
 * The DNS-over-HTTPS resolver the task pane may use, chosen at build time with
 * `--env DNS_RESOLVER=off|cloudflare|google|https://…` (or the DNS_RESOLVER environment variable).
 * Default `off`: the pane has no "Check DNS now" button and its Content-Security-Policy allows no origin
 * beyond its own. An admin who turns it on picks which third party sees the domain names looked up.
 * CommonJS so that webpack.config.js (CommonJS) and scripts/build.mjs (ESM) share it.
 */
const KNOWN = {
  // RFC 8484 endpoints of the two public resolvers named in the docs of each service.
  cloudflare: 'https://cloudflare-dns.com/dns-query',
  google: 'https://dns.google/dns-query',
};

const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/**
 * → { url, origin } (both null for off). Throws on anything else: an https URL, or http only on the
 * loopback address (a local DoH relay, as the browser tests use).
 */
function resolveDnsResolver(value) {
  const choice = (value ?? 'off').trim();
  if (choice === '' || choice === 'off') return { url: null, origin: null };
  const known = KNOWN[choice];
  const text = known ?? choice;
  let url;
  try {
    url = new URL(text);
  } catch {
    throw new Error(`DNS_RESOLVER must be off, cloudflare, google or an https:// URL, not "${choice}"`);
  }
  const secure = url.protocol === 'https:' || (url.protocol === 'http:' && LOOPBACK_HOSTS.has(url.hostname));
  if (!secure || url.username !== '' || url.password !== '' || url.hash !== '')
    throw new Error(`DNS_RESOLVER "${choice}" must be an https:// URL without credentials or fragment`);
  return { url: url.href, origin: url.origin };
}

/** The value of `--env DNS_RESOLVER=…` in argv, else the environment variable, else undefined. */
function dnsResolverFromArgs(argv, env) {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const value = arg === '--env' ? argv[++i] : arg.startsWith('--env=') ? arg.slice(6) : null;
    if (value && value.startsWith('DNS_RESOLVER=')) return value.slice('DNS_RESOLVER='.length);
  }
  return env.DNS_RESOLVER;
}

module.exports = { resolveDnsResolver, dnsResolverFromArgs };
