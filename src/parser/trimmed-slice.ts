/** The ASCII characters `String.prototype.trim` removes: tab, LF, VT, FF, CR and space. */
export function isAsciiTrimmed(code: number): boolean {
  return code === 32 || (code >= 9 && code <= 13);
}

/** The first offset of [from, to) of `text` that is no ASCII whitespace (`to` when there is none). */
export function asciiTrimStart(text: string, from: number, to: number): number {
  let i = from;
  while (i < to && isAsciiTrimmed(text.charCodeAt(i))) i++;
  return i;
}

/** The offset just after the last character of [from, to) of `text` that is no ASCII whitespace. */
export function asciiTrimEnd(text: string, from: number, to: number): number {
  let i = to;
  while (i > from && isAsciiTrimmed(text.charCodeAt(i - 1))) i--;
  return i;
}

/**
 * `text.slice(start, end).trim()` with one copy instead of two: parsers that cut a value at ';' call this
 * for every segment, and a hostile value has a hundred thousand of them. The bounds are found by index;
 * a non-ASCII character left at either end (it may be Unicode whitespace) takes the builtin `trim`.
 */
export function trimmedSlice(text: string, start: number, end: number): string {
  const from = asciiTrimStart(text, start, end);
  const to = asciiTrimEnd(text, from, end);
  const piece = text.slice(from, to);
  if (from < to && (text.charCodeAt(from) >= 0x80 || text.charCodeAt(to - 1) >= 0x80)) return piece.trim();
  return piece;
}
