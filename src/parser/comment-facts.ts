import { asIp, wordAt, wordEnd } from './ip';

/**
 * Facts receivers state in the comments of Authentication-Results and Received-SPF, read once here so
 * that no other layer re-parses comment text.
 */

/** Phrases that name the address SPF was checked for, and whether " as" must follow the address. */
const IP_PHRASES: readonly { phrase: string; needsAs: boolean }[] = [
  { phrase: 'sender ip is ', needsAs: false }, // Microsoft
  { phrase: 'designates ', needsAs: true }, // Gmail, Yahoo, Received-SPF
  { phrase: 'designate ', needsAs: true },
  { phrase: 'use of ', needsAs: true }, // Exchange's Sender ID agent: "discourages use of X as"
];

/** What a comment says about the sending address. */
export interface StatedIp {
  /** The address, or null when none is stated or the stated one is no address ("10.0.1.x"). */
  ip: string | null;
  /** The comment claims an address (even an unreadable one): nothing else should stand in for it. */
  stated: boolean;
}

/**
 * "sender IP is 203.0.113.20" (Microsoft), "designates 203.0.113.20 as permitted sender" (Gmail, Yahoo,
 * Received-SPF). "does not designate permitted sender hosts" (spf=none) names no address at all.
 */
export function statedIp(comment: string | null): StatedIp {
  if (!comment) return { ip: null, stated: false };
  const lower = comment.toLowerCase();
  let stated = false;
  for (const { phrase, needsAs } of IP_PHRASES) {
    for (let at = lower.indexOf(phrase); at >= 0; at = lower.indexOf(phrase, at + 1)) {
      const start = at + phrase.length;
      const word = wordAt(comment, start);
      if (word.length === 0) continue;
      if (needsAs && !lower.startsWith(' as', wordEnd(comment, start))) continue;
      const ip = asIp(word);
      if (ip) return { ip, stated: true };
      stated = true;
    }
  }
  return { ip: null, stated };
}

/**
 * `tag=value` words in a comment, tags lower-cased: Gmail's "(p=REJECT sp=REJECT dis=NONE)", OpenDMARC's
 * "(p=none dis=none)", "(adkim=r aspf=s)". Split on whitespace and punctuation, so linear.
 */
export function commentTags(comment: string | null): Map<string, string> {
  const tags = new Map<string, string>();
  if (!comment) return tags;
  for (const token of comment.split(/[\s;,()]+/)) {
    const eq = token.indexOf('=');
    if (eq <= 0) continue;
    const tag = token.slice(0, eq).toLowerCase();
    if (!tags.has(tag)) tags.set(tag, token.slice(eq + 1));
  }
  return tags;
}

/**
 * "domain of X designates …" / "domain of X does not designate …" (Received-SPF and Gmail's spf comment):
 * X, an address or a domain, or null.
 */
export function domainOfClause(comment: string | null): string | null {
  if (!comment) return null;
  const lower = comment.toLowerCase();
  const at = lower.indexOf('domain of ');
  if (at < 0) return null;
  const start = at + 'domain of '.length;
  const word = wordAt(comment, start);
  const next = lower.slice(wordEnd(comment, start)).trimStart();
  return word.length > 0 && (next.startsWith('designates') || next.startsWith('does not designate'))
    ? word
    : null;
}
