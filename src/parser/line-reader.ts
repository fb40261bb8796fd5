import { grown } from './fold-scratch';

export const LF = 10;
export const CR = 13;

/**
 * The line bounds every LineReader starts with, shared (one split runs at a time, start to end): a typed
 * array's store lives outside the heap and costs more to make than a small block takes to split. Room
 * for the lines a reader holds before it releases any, and as many looked ahead; a reader that needs
 * more (a long run of blank lines looked past at once) grows its own copy, dropped with it.
 */
const RELEASE_FROM = 512;
const SHARED_BOUNDS = new Int32Array(4 * RELEASE_FROM);

/**
 * The physical lines of a text as [start, end) offsets, found in one forward pass (the same breaks as
 * `splitLines` in ./fields), without cutting the text into strings. Lines ahead of the one being read can be peeked
 * (the lookaheads of the splitter); their offsets are kept until the reader moves past them.
 */
export class LineReader {
  /**
   * [start, end) of each line found and not yet released, line `base + k` at entries 2k and 2k + 1: one
   * typed array, reused as the reader moves on, so that reading a line allocates nothing.
   */
  private bounds = SHARED_BOUNDS;
  /** Lines held in `bounds`. */
  private count = 0;
  /** Line index of the first line held. */
  private base = 0;
  /** Where the next line not yet found starts, or -1 when the text has no more lines. */
  private nextStart = 0;
  /** Cached positions of the next LF and CR at or after the last search (text.length when none). */
  private nextLf = -1;
  private nextCr = -1;

  constructor(readonly text: string) {}

  /** Whether line `index` (0-based) exists; the text always has line 0, possibly empty. */
  has(index: number): boolean {
    while (this.base + this.count <= index) {
      if (this.nextStart < 0) return false;
      this.scanLine();
    }
    return true;
  }

  /** Offset of the first character of line `index` (which must exist: `has`). */
  start(index: number): number {
    return this.bounds[2 * (index - this.base)];
  }

  /** Offset just past the last character of line `index`, before its line break. */
  end(index: number): number {
    return this.bounds[2 * (index - this.base) + 1];
  }

  /** The lines before `index` will not be asked for again. */
  release(index: number): void {
    const drop = index - this.base;
    if (drop < RELEASE_FROM) return;
    this.bounds.copyWithin(0, 2 * drop, 2 * this.count);
    this.count -= drop;
    this.base = index;
  }

  /** Where the line starting at `start` ends: its first CR or LF (text.length when it has none). */
  private breakFrom(start: number): number {
    const { text } = this;
    // An empty line, a break right at its start, needs no search: a block pasted with blank lines
    // between its fields has two of them for every field line.
    const first = text.charCodeAt(start);
    if (first === LF || first === CR) return start;
    // Native searches for the two break characters; each cached position is reused until passed, so the
    // text is searched once however short its lines.
    if (this.nextLf < start) {
      const at = text.indexOf('\n', start);
      this.nextLf = at < 0 ? text.length : at;
    }
    if (this.nextCr < start) {
      const at = text.indexOf('\r', start);
      this.nextCr = at < 0 ? text.length : at;
    }
    return Math.min(this.nextLf, this.nextCr);
  }

  private scanLine(): void {
    const { text } = this;
    const start = this.nextStart;
    const end = this.breakFrom(start);
    if (2 * this.count === this.bounds.length) this.bounds = grown(this.bounds);
    this.bounds[2 * this.count] = start;
    this.bounds[2 * this.count + 1] = end;
    this.count++;
    if (end >= text.length) {
      this.nextStart = -1;
      return;
    }
    let after = end + 1;
    if (text.charCodeAt(end) === CR) {
      if (text.charCodeAt(after) === CR && text.charCodeAt(after + 1) === LF) after += 2;
      else if (text.charCodeAt(after) === LF) after += 1;
    }
    // A trailing line break does not open one more (empty) line.
    this.nextStart = after < text.length ? after : -1;
  }
}
