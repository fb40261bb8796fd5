/**
 * Stands for a build with a DNS resolver: the pane decides when its modules load whether it has the DNS
 * check (webpack replaces process.env.DNS_RESOLVER_URL at build time). Import before the pane's modules;
 * the endpoint itself is read when the check renders, so a test can set the real one later.
 */
process.env.DNS_RESOLVER_URL = 'http://127.0.0.1:9/dns-query';
