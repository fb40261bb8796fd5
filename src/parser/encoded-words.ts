// postal-mime's declarations mention DOM types (Blob, ReadableStream, TextDecoder) for its MIME parser
// only; decodeWords takes and returns strings, so the ES2022-only core check passes (skipLibCheck leaves
// the unused declarations alone). At run time it needs TextDecoder, which browsers and Node provide.
import { decodeWords } from 'postal-mime';
import { unfolded, unfoldedCut, unfoldedHead } from './fields';

/**
 * Characters decoded. A real Subject or display name is far shorter; past this the text is kept as
 * written (decoding costs tens of microseconds per kilobyte, and a megabyte of words is an attack).
 */
export const MAX_DECODED = 16384;
/** Encoded words handed to postal-mime's decodeWords at a time. */
const WORDS_PER_RUN = 64;
/** One RFC 2047 encoded word: =?charset?B|Q?text?= (each part free of '?'; unambiguous, linear). */
const ENCODED_WORD = /^=\?[^?\s]+\?[BbQq]\?[^?\s]*\?=$/;

/**
 * RFC 2047 decoding in runs of at most 64 encoded words. postal-mime's decodeWords joins adjacent words
 * into one growing buffer and re-tests it for every word, which is quadratic on a hostile Subject of
 * thousands of words; a real Subject or display name has a handful. Between two runs the whitespace
 * separating two encoded words is dropped, as RFC 2047 §6.2 says (and as decodeWords does inside a run).
 */
export function decodeEncodedWords(written: string): string {
  // A value kept with its line breaks (src/parser/fields.ts) is decoded as unfolded.
  if (!written.includes('=?')) return unfolded(written);
  const text = unfoldedHead(written, MAX_DECODED + 1);
  if (text.length > MAX_DECODED) {
    // Cut at whitespace so that no encoded word is split; the rest stays as written.
    const cut = Math.max(text.lastIndexOf(' ', MAX_DECODED), text.lastIndexOf('\t', MAX_DECODED));
    const at = cut > 0 ? cut : MAX_DECODED;
    return decodeEncodedWords(text.slice(0, at)) + unfolded(written.slice(unfoldedCut(written, at)));
  }
  // Words and the whitespace between them alternate: [word, space, word, …] (native split, linear).
  const parts = text.split(/(\s+)/);
  let out = '';
  let run = '';
  let words = 0;
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i];
    const isSpace = i % 2 === 1;
    if (isSpace && words >= WORDS_PER_RUN) {
      out += decodeWords(run);
      const betweenEncodedWords = ENCODED_WORD.test(parts[i - 1]) && ENCODED_WORD.test(parts[i + 1] ?? '');
      if (!betweenEncodedWords) out += part;
      run = '';
      words = 0;
      continue;
    }
    run += part;
    if (!isSpace && ENCODED_WORD.test(part)) words++;
  }
  return out + decodeWords(run);
}
