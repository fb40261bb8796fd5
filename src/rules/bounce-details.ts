/**
 * What a bounce's status text itself names: the address and the domain it refused, the check results
 * Outlook.com's 5.7.515 lists, and who refused a 5.7.1. Fixes use these rather than placeholders, and
 * only values that validate as an IP literal or a host name ever reach a record or a command.
 */
import type { NdrStatus, ParsedMessage } from '../parser/types';
import { safeHostname, safeIpLiteral } from './safe-values';

export type BounceCheck = 'spf' | 'dkim' | 'dmarc';

/** Why a 5.7.1 was returned, from its own words. */
export type Rejection51 = 'dmarc' | 'relay' | 'restricted-group' | 'unspecified';

/** Physical lines read after the status line: a receiver's sentence runs on over a few folded lines. */
const CONTEXT_LINES = 4;
const MAX_CONTEXT = 2000;

/** "sending domain contoso.com", "email from contoso.com is not", "due to contoso.com's DMARC". */
const NAMED_DOMAIN =
  /(?:sending domain|unauthenticated (?:e-?mail|mail) from|rejected due to) \[?([A-Za-z0-9.-]{1,253})\]?(?:'s|\s|,|$)/i;
/** Outlook.com's results: "Spf= Fail , Dkim= Pass , DMARC= Pass". */
const CHECK_RESULT = /\b(spf|dkim|dmarc) ?= ?([a-z]{1,12})/gi;

/**
 * What the receiver said with the code: the status line and the few after it, from the code on. What
 * comes before the code is the reporting server's own ("host mx.fabrikam.com[203.0.113.80] said:"), so
 * an address there is the refusing server's, not the refused sender's.
 */
export function statusText(parsed: ParsedMessage, hit: NdrStatus): string {
  const start = Math.max(0, hit.loc.line - 1);
  const text =
    hit.loc.header === 'body'
      ? parsed.lines
          .slice(start, start + CONTEXT_LINES)
          .join(' ')
          .slice(0, MAX_CONTEXT)
      : hit.loc.text;
  const at = text.indexOf(hit.code);
  return at < 0 ? text : text.slice(at);
}

/** The first bracketed IP literal the text names ("[203.0.113.5]", Gmail's "[203.0.113.5  13]"). */
export function namedIp(text: string): string | null {
  for (const token of text.split(/[[\]]/).slice(1, 40)) {
    const ip = safeIpLiteral(token.trim().split(/\s/)[0] ?? '', 'the refused IP');
    if (ip.ok) return ip.value;
  }
  return null;
}

/** The domain the text says was refused, lower-cased, when it is a valid host name. */
export function namedDomain(text: string): string | null {
  const found = NAMED_DOMAIN.exec(text)?.[1];
  const domain = found ? safeHostname(found.toLowerCase(), 'the refused domain') : null;
  return domain?.ok ? domain.value : null;
}

/** The SPF/DKIM/DMARC results a 5.7.515 lists, lower-cased; empty when it lists none. */
export function listedResults(text: string): Partial<Record<BounceCheck, string>> {
  const results: Partial<Record<BounceCheck, string>> = {};
  for (const m of text.matchAll(CHECK_RESULT)) {
    const check = m[1].toLowerCase() as BounceCheck;
    results[check] ??= m[2].toLowerCase();
  }
  return results;
}

/**
 * Who refused a 5.7.1: Exchange Online's resolver for a group that takes mail from authenticated senders
 * only (RESOLVER.RST.AuthRequired: not an authentication failure of the message), the recipient's
 * provider enforcing the From domain's DMARC policy (Gmail, iCloud, Zoho word it so), or a relay refusal.
 */
export function rejection51(text: string): Rejection51 {
  if (/RESOLVER\.RST\.AuthRequired/i.test(text)) return 'restricted-group';
  if (/DMARC|unauthenticated (?:e-?mail|mail)/i.test(text)) return 'dmarc';
  if (/relay/i.test(text)) return 'relay';
  return 'unspecified';
}
