/**
 * The lazy part of "Check DNS now" (its own chunk, loaded on the first click): the DNS layer over the
 * browser's fetch, as DNS-over-HTTPS to the build's resolver.
 */
import { applyDnsChecks } from '../dns/apply';
import { checkDns, type DnsFacts } from '../dns/check-dns';
import { createDohResolver, type DohHost } from '../dns/doh-resolver';
import type { DnsQuestions } from '../dns/questions';
import { type DnsLine, summarizeDnsFacts } from '../dns/summary';
import type { Diagnosis } from '../rules/diagnosis';

export interface DnsCheckOutcome {
  facts: DnsFacts;
  lines: DnsLine[];
  /** The diagnosis with each affected finding's `dns` and record edits. */
  diagnosis: Diagnosis;
}

const browserHost: DohHost = {
  // credentials omitted: the resolver gets the query, never the user's cookies for its origin.
  fetch: (url, init) => fetch(url, { ...init, credentials: 'omit', referrerPolicy: 'no-referrer' }),
  delay: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
  isOnline: () => navigator.onLine,
};

export async function runDnsCheck(
  diagnosis: Diagnosis,
  questions: DnsQuestions,
  endpoint: string,
): Promise<DnsCheckOutcome> {
  const facts = await checkDns(questions, createDohResolver(endpoint, browserHost));
  return { facts, lines: summarizeDnsFacts(facts), diagnosis: applyDnsChecks(diagnosis, facts) };
}
