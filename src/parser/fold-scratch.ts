/**
 * The fold offsets of every field read on one line, shared: most fields of a block are unfolded, and one
 * empty array per field is memory that a block of short fields keeps for as long as its reading lives.
 * Frozen, so a caller that mutated it would fail instead of corrupting every other field.
 */
const NO_FOLDS: number[] = Object.freeze<number[]>([]) as number[];

/**
 * Folds from which a field's offsets are a typed array: a plain one this long nears V8's large-object
 * size, whose fresh pages cost more than the typed array's buffer (reused by the allocator). Real fields
 * fold a few dozen times; plain arrays stay cheaper to make and read below that.
 */
const TYPED_FOLDS = 8192;

/**
 * The fold offsets and lines of the field being read. Typed arrays reused from field to field: a field
 * folded over tens of thousands of lines would otherwise grow two plain arrays push by push, and each
 * regrowth past ~16K entries is a fresh large-object allocation.
 */
export class FoldScratch {
  private offsets = new Int32Array(64);
  private rawOffsets = new Int32Array(64);
  private lines = new Int32Array(64);

  get capacity(): number {
    return this.offsets.length;
  }

  /**
   * Records fold `at`: where its line starts in the unfolded value and in the raw stretch the value was
   * read from (`rawOffset`, meaningful while the value is one stretch of the raw text), and its line.
   */
  add(at: number, offset: number, rawOffset: number, line: number): void {
    if (at === this.offsets.length) {
      this.offsets = grown(this.offsets);
      this.rawOffsets = grown(this.rawOffsets);
      this.lines = grown(this.lines);
    }
    this.offsets[at] = offset;
    this.rawOffsets[at] = rawOffset;
    this.lines[at] = line;
  }

  /**
   * The first `n` fold offsets (in the raw stretch when `raw`, else in the unfolded value), shifted left
   * by `lead` (the indentation dropped from the start of the value) and clamped to [0, `length`] (the
   * whitespace trimmed from its end).
   */
  offsetsOut(n: number, lead: number, length: number, raw: boolean): number[] | Int32Array {
    if (n === 0) return NO_FOLDS;
    const from = raw ? this.rawOffsets : this.offsets;
    if (n >= TYPED_FOLDS) {
      const typed = new Int32Array(n);
      for (let k = 0; k < n; k++) typed[k] = Math.min(Math.max(0, from[k] - lead), length);
      return typed;
    }
    const out = new Array<number>(n);
    for (let k = 0; k < n; k++) out[k] = Math.min(Math.max(0, from[k] - lead), length);
    return out;
  }

  /**
   * The lines of the first `n` folds of a field starting on `line`, or undefined when they are the
   * consecutive lines after it (what `lineOf` assumes without them): only a field kept open over blank
   * lines needs the list.
   */
  linesOut(n: number, line: number): number[] | undefined {
    let k = 0;
    while (k < n && this.lines[k] === line + 1 + k) k++;
    if (k === n) return undefined;
    const out = new Array<number>(n);
    for (k = 0; k < n; k++) out[k] = this.lines[k];
    return out;
  }
}

/**
 * The fold scratch, shared by every split (one runs at a time, start to end): a field folded over tens of
 * thousands of lines grows it past the allocator's reuse size, where every fresh buffer is new pages.
 * Kept up to MAX_KEPT_FOLDS entries (a 1 MB field's worth, 384 KB); a larger one is dropped after use.
 */
let sharedFolds = new FoldScratch();
const MAX_KEPT_FOLDS = 1 << 15;

/** The shared scratch for a split; an oversized one that a split which threw did not release is dropped first. */
export function takeFolds(): FoldScratch {
  releaseFolds(sharedFolds);
  return sharedFolds;
}

/** Ends a split's use of `folds`, the shared scratch: dropped when it grew past MAX_KEPT_FOLDS. */
export function releaseFolds(folds: FoldScratch): void {
  if (folds.capacity > MAX_KEPT_FOLDS) sharedFolds = new FoldScratch();
}

/** A copy of `array` twice as long. */
export function grown(array: Int32Array<ArrayBuffer>): Int32Array<ArrayBuffer> {
  const bigger = new Int32Array(array.length * 2);
  bigger.set(array);
  return bigger;
}
