/** The ASCII characters `String.prototype.trim` removes: tab, LF, VT, FF, CR and space. */
function isAsciiTrimmed(code: number): boolean {
  return code === 32 || (code >= 9 && code <= 13);
}

/**
 * `text.slice(start, end).trim()` with one copy instead of two: parsers that cut a value at ';' call this
 * for every segment, and a hostile value has a hundred thousand of them. The bounds are found by index;
 * a non-ASCII character left at either end (it may be Unicode whitespace) takes the builtin `trim`.
 */
export function trimmedSlice(text: string, start: number, end: number): string {
  let from = start;
  let to = end;
  while (from < to && isAsciiTrimmed(text.charCodeAt(from))) from++;
  while (to > from && isAsciiTrimmed(text.charCodeAt(to - 1))) to--;
  const piece = text.slice(from, to);
  if (from < to && (text.charCodeAt(from) >= 0x80 || text.charCodeAt(to - 1) >= 0x80)) return piece.trim();
  return piece;
}
