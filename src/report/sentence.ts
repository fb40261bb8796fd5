/**
 * Text from elsewhere (Office's error message, a header's comment) set into a sentence of ours: it may or may
 * not end with its own full stop, and the reader must never see two.
 */

/** The text as one sentence: trimmed, ending with exactly one terminal mark (its own, or a full stop). */
export function asSentence(text: string): string {
  const trimmed = text.trim();
  return /[.!?…]$/.test(trimmed) ? trimmed : `${trimmed}.`;
}
