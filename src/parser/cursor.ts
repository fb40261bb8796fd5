import { collapseWhitespace } from './fields';

/** Longest comment text kept: real comments are a few words; a hostile one may be a megabyte. */
const MAX_COMMENT = 1024;

/**
 * A character cursor over one unfolded header value, with the RFC 5322 lexical pieces that structured
 * headers share: CFWS (whitespace and nested comments), quoted strings, and bare words.
 *
 * Everything here is a single forward scan: comment nesting is tracked by a counter (no recursion, so
 * 10k nested '(' cannot overflow the stack), and an unterminated comment or quoted string runs to the end
 * of the value instead of being retried from the next character (which would be quadratic).
 */
export class Cursor {
  pos = 0;
  /** Problems met while lexing (unterminated comment / quoted string), with their offsets. */
  readonly problems: { offset: number; message: string }[] = [];
  /**
   * Offsets already reported: a look-ahead that rewinds must not report the same problem twice. Made on
   * the first problem, since most values have none.
   */
  private reported: Set<number> | undefined;

  constructor(readonly text: string) {}

  get done(): boolean {
    return this.pos >= this.text.length;
  }

  peek(): string {
    return this.text.charAt(this.pos);
  }

  private report(offset: number, message: string): void {
    this.reported ??= new Set<number>();
    if (this.reported.has(offset)) return;
    this.reported.add(offset);
    this.problems.push({ offset, message });
  }

  /** Skips whitespace and comments; the text of each top-level comment is pushed onto `comments`. */
  skipCfws(comments?: string[]): boolean {
    const start = this.pos;
    const s = this.text;
    while (this.pos < s.length) {
      const c = s.charCodeAt(this.pos);
      if (c === 32 || c === 9 || c === 10 || c === 13) {
        this.pos++;
      } else if (c === 40 /* ( */) {
        if (comments) {
          const text = this.readComment();
          if (text.length > 0) comments.push(text);
        } else {
          this.skipComment();
        }
      } else {
        break;
      }
    }
    return this.pos > start;
  }

  /**
   * Reads a comment starting at '(' and returns its inner text (nested comments kept as written), as
   * skipCfws collects them; for a caller that reads a few comments and skips the rest.
   */
  readComment(): string {
    const open = this.pos;
    const close = this.skipComment();
    return collapseWhitespace(this.text.slice(open + 1, close), MAX_COMMENT);
  }

  /**
   * Moves past a comment starting at '(' and returns the offset of its closing ')' (the end of the value
   * when it has none), without copying its text: most callers keep no comments.
   */
  private skipComment(): number {
    const s = this.text;
    const open = this.pos;
    let depth = 0;
    let i = this.pos;
    for (; i < s.length; i++) {
      const c = s.charCodeAt(i);
      if (c === 92 /* \ */) {
        i = escapedAt(s, i);
      } else if (c === 40) {
        depth++;
      } else if (c === 41 /* ) */) {
        depth--;
        if (depth === 0) break;
      }
    }
    if (i >= s.length) {
      this.report(open, 'Unterminated comment "(": read to the end of the field');
      this.pos = s.length;
      return s.length;
    }
    this.pos = i + 1;
    return i;
  }

  /** Reads a quoted string at '"' and returns its content with quoted-pairs resolved. */
  readQuoted(): string {
    const s = this.text;
    const open = this.pos;
    let out = '';
    let i = this.pos + 1;
    let chunkStart = i;
    for (; i < s.length; i++) {
      const c = s.charCodeAt(i);
      if (c === 92) {
        out += s.slice(chunkStart, i);
        i = escapedAt(s, i);
        chunkStart = i;
      } else if (c === 34 /* " */) {
        break;
      } else if (c === 13 || c === 10) {
        // The line break of a value kept folded: unfolding removes it.
        out += s.slice(chunkStart, i);
        chunkStart = i + 1;
      }
    }
    if (i >= s.length) {
      this.report(open, 'Unterminated quoted string: read to the end of the field');
      out += s.slice(chunkStart);
      this.pos = s.length;
      return out;
    }
    out += s.slice(chunkStart, i);
    this.pos = i + 1;
    return out;
  }

  /**
   * Reads a run of characters up to whitespace, '(', ')', '"' or one of `stops`. A backslash escapes the
   * next character (Fastmail writes `\@`), and is removed.
   */
  readWord(stops: WordStops): string {
    const s = this.text;
    const table = stops.table;
    let out = '';
    let chunkStart = this.pos;
    let i = this.pos;
    for (; i < s.length; i++) {
      const c = s.charCodeAt(i);
      if (c < 128 && table[c] === 1) break;
      if (c === 92 && i + 1 < s.length) {
        out += s.slice(chunkStart, i);
        i = escapedAt(s, i);
        chunkStart = i;
      }
    }
    out += s.slice(chunkStart, i);
    this.pos = i;
    return out;
  }

  /**
   * Moves past the word `readWord(stops)` would read, without building it; true when the word is
   * non-empty (every character it consumes, an escaped one included, yields a character of the word).
   */
  skipWord(stops: WordStops): boolean {
    const s = this.text;
    const table = stops.table;
    const start = this.pos;
    let i = start;
    for (; i < s.length; i++) {
      const c = s.charCodeAt(i);
      if (c < 128 && table[c] === 1) break;
      if (c === 92 && i + 1 < s.length) i = escapedAt(s, i);
    }
    this.pos = i;
    return i > start;
  }

  /** Reads a value: a quoted string, or a word up to whitespace / a comment / one of `stops`. */
  readValue(stops: WordStops): string {
    if (this.peek() === '"') return this.readQuoted();
    return this.readWord(stops);
  }

  /** Advances to just past the next `ch` (or to the end); returns the skipped text. */
  skipPast(ch: string): string {
    const start = this.pos;
    while (this.pos < this.text.length) {
      const c = this.text.charAt(this.pos);
      if (c === '(') {
        this.skipComment();
        continue;
      }
      if (c === '"') {
        this.readQuoted();
        continue;
      }
      this.pos++;
      if (c === ch) return this.text.slice(start, this.pos - 1);
    }
    return this.text.slice(start);
  }
}

/**
 * The offset of the character that the backslash at `i` escapes: the next one, or in a value kept with
 * its line breaks (see src/parser/fields.ts) the first one after a break there, as in the unfolded value.
 */
function escapedAt(s: string, i: number): number {
  let j = i + 1;
  for (let c = s.charCodeAt(j); c === 13 || c === 10; c = s.charCodeAt(j)) j++;
  return j;
}

/** Characters that always end a word: whitespace, '(', ')' and '"'. */
const ALWAYS_STOP = ' \t\r\n()"';

/** The characters that end a word for one caller, as a lookup table (ASCII code → 1 when it ends a word). */
export interface WordStops {
  readonly table: Uint8Array;
}

/** Builds the stop table for whitespace, '(', ')', '"' and `stops`; callers build theirs once, at load. */
export function wordStops(stops: string): WordStops {
  const table = new Uint8Array(128);
  for (const ch of ALWAYS_STOP + stops) table[ch.charCodeAt(0)] = 1;
  return { table };
}
