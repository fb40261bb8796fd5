/** What every trust signal reads, and what it gives back. */
import type { Evidence, TrustSignal } from '../diagnosis';
import type { RuleFacts } from '../facts';

export interface TrustContext {
  facts: RuleFacts;
  /** Organizational domain of the From domain (ASCII), or null when the block shows no From domain. */
  fromOrg: string | null;
  /** Organizational domain of the reader's own mailbox, when the caller knows it. */
  recipientOrg: string | null;
  /** The From domain is proven: an aligned DMARC pass, or compauth pass on aligned results. */
  proven: boolean;
  /** Lines showing that authentication broke along a benign path (forwarder, list, gateway); [] if none. */
  benignPath: Evidence[];
}

/**
 * `spoof`: on its own it makes the message suspicious, even when the From domain is proven (a look-alike
 * that authenticates proves only the impersonator). `caution`: worth telling, proves nothing alone.
 */
export type SignalWeight = 'spoof' | 'caution';

export interface SignalResult {
  signal: TrustSignal;
  weight: SignalWeight;
  /** The reader's headline when this is the strongest signal, in plain words. */
  headline: string;
  /** The other domain the signal is about, when there is one (the name a look-alike imitates). */
  subject?: string;
}

/** One trust signal: null when the message does not show it. */
export type SignalCheck = (context: TrustContext) => SignalResult | null;
