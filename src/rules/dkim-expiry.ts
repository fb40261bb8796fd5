import type { DkimSignature, ParsedMessage } from '../parser/types';
import type { DkimSummary } from './diagnosis';

/**
 * A receiver's words for a signature past its x= expiry: "signature expired", "signature timestamp
 * expired", and the misspelt "signature timestamp exipred" real receivers stamp.
 */
const EXPIRED_WORDS = /\bexpired\b|\bexipred\b/i;

/**
 * Whether a DKIM result that did not pass failed because its signature had expired (RFC 6376 §3.5 x=):
 * the receiver says so, or the signature it checked carries an x= earlier than the time the top-most
 * Received hop took the message. Expiry means the message is old (delayed or replayed), not a bad key.
 */
export function isExpiredDkim(result: DkimSummary, parsed: ParsedMessage): boolean {
  if (result.result === 'pass' || result.result === 'none') return false;
  if (EXPIRED_WORDS.test(result.reason ?? '')) return true;
  const received = receivedAt(parsed);
  if (received === null) return false;
  const signature = signatureOf(result, parsed.dkimSignatures);
  const expiry = Number(signature?.tags['x'] ?? '');
  return Number.isInteger(expiry) && expiry > 0 && expiry * 1000 < received;
}

/** The DKIM-Signature a result judged: same d= and, when the result names one, the same s=. */
function signatureOf(result: DkimSummary, signatures: DkimSignature[]): DkimSignature | undefined {
  return signatures.find(
    (s) => s.domain === result.domain && (!result.selector || s.selector === result.selector),
  );
}

/** Epoch milliseconds at which the receiver nearest the mailbox took the message, or null. */
function receivedAt(parsed: ParsedMessage): number | null {
  const date = parsed.hops[parsed.hops.length - 1]?.date;
  const time = date ? Date.parse(date) : NaN;
  return Number.isNaN(time) ? null : time;
}
