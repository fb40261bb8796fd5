/** Trimming by position, so that a value is cut out of its field once instead of sliced, then trimmed. */

/** The ASCII characters trim() removes: tab, LF, vertical tab, form feed, CR and space. */
export function isAsciiSpace(code: number): boolean {
  return code === 32 || (code >= 9 && code <= 13);
}

/**
 * `text.slice(start, end).trim()`, cut once: ASCII whitespace is skipped by position, and only an end
 * that may be other whitespace (a non-ASCII character) is left to trim().
 */
export function trimmedSlice(text: string, start: number, end: number): string {
  let from = start;
  let to = end;
  while (from < to && isAsciiSpace(text.charCodeAt(from))) from++;
  while (to > from && isAsciiSpace(text.charCodeAt(to - 1))) to--;
  const piece = text.slice(from, to);
  return from < to && (text.charCodeAt(from) > 0x7f || text.charCodeAt(to - 1) > 0x7f) ? piece.trim() : piece;
}
