/**
 * From a Diagnosis, the names a DNS check would look up: only host names and selectors that pass the
 * rules' safe-value checks (LDH labels, IDN as its xn-- form), so a query carries a domain name and nothing
 * else of the message, and a crafted header cannot become an odd query. Separate from the checks
 * themselves, so the task pane can say what will be sent before it loads them.
 */
import type { Diagnosis } from '../rules/diagnosis';
import { safeHostname, safeSelector } from '../rules/safe-values';

function hostName(text: string | null | undefined): string | null {
  if (text === null || text === undefined) return null;
  const checked = safeHostname(text, 'domain');
  return checked.ok ? checked.value : null;
}

function selectorName(text: string | null): string | null {
  if (text === null) return null;
  const checked = safeSelector(text, 'selector');
  return checked.ok ? checked.value : null;
}

/** Where a signature's public key is published: <selector>._domainkey.<domain>. */
export interface DkimKeyName {
  domain: string;
  selector: string;
}

/**
 * ARC keys looked up at most: RFC 8617 allows 50 instances and headers are the sender's to write; the
 * outermost sealers are the ones a receiver's verdict rests on.
 */
const ARC_KEYS_CHECKED = 10;

export interface DnsQuestions {
  /** The message's sending IP and MAIL FROM domain. */
  spf: { ip: string; domain: string } | null;
  /** The From domain, for DMARC and Microsoft 365 DKIM. */
  fromDomain: string | null;
  /** Each DKIM signature's d= and s=. */
  dkim: DkimKeyName[];
  /** Each ARC-Seal's and ARC-Message-Signature's d= and s=, outermost first. */
  arc: DkimKeyName[];
  /** The recipient's domain, for its MX. */
  mxDomain: string | null;
}

/** What to look up for this message; `recipientDomain` is known to the pane (the mailbox) or given to the CLI. */
export function dnsQuestions(diagnosis: Diagnosis, recipientDomain: string | null = null): DnsQuestions {
  const spf = diagnosis.auth.spf;
  const spfDomain = hostName(spf?.domain ?? diagnosis.message.mailFromDomain);
  // The IP is never sent as a name: check_host() parses it (and says so if it is not an address).
  const ip = spf?.ip ?? null;
  return {
    spf: spfDomain !== null && ip !== null ? { ip, domain: spfDomain } : null,
    fromDomain: hostName(diagnosis.message.fromDomain ?? diagnosis.auth.dmarc?.fromDomain),
    dkim: keyNames(diagnosis.auth.dkim),
    arc: keyNames(diagnosis.auth.arc?.signatures ?? []).slice(0, ARC_KEYS_CHECKED),
    mxDomain: hostName(recipientDomain),
  };
}

/** The valid, distinct d=/s= pairs of these signatures, in their order. */
function keyNames(signatures: { domain: string | null; selector: string | null }[]): DkimKeyName[] {
  const names: DkimKeyName[] = [];
  for (const signature of signatures) {
    const domain = hostName(signature.domain);
    const selector = selectorName(signature.selector);
    if (
      domain !== null &&
      selector !== null &&
      !names.some((d) => d.domain === domain && d.selector === selector)
    )
      names.push({ domain, selector });
  }
  return names;
}

/** Every name a check would send, for the pane's "what is sent" line. */
export function namesToQuery(questions: DnsQuestions): string[] {
  const names = new Set<string>();
  if (questions.spf !== null) names.add(questions.spf.domain);
  if (questions.fromDomain !== null) names.add(`_dmarc.${questions.fromDomain}`);
  for (const q of [...questions.dkim, ...questions.arc]) names.add(`${q.selector}._domainkey.${q.domain}`);
  if (questions.mxDomain !== null) names.add(questions.mxDomain);
  return [...names];
}
