import { lineOf } from './fields';
import type { HeaderField, ParseWarning } from './types';

/** At most this many warnings per header field: hostile input (100k stray ';') must not flood the report. */
const MAX_PER_FIELD = 10;
/** At most this many warnings for the whole block; the last one says how many more were dropped. */
const MAX_TOTAL = 200;

/**
 * Collects parse warnings with caps, so the cost and size of the warning list stay bounded whatever the
 * input. Warnings beyond a cap are counted and summarised in one final warning.
 */
export class WarningSink {
  readonly list: ParseWarning[] = [];
  private readonly perField = new Map<string, number>();
  private dropped = 0;

  /**
   * Records a warning. `message` may be a function, called only when the warning is kept: a loop that
   * warns on each of 100k repeats then composes only the ones that are listed.
   */
  add(header: string, line: number, message: string | (() => string)): void {
    if (this.keeps(header, line)) {
      this.list.push({ header, line, message: typeof message === 'string' ? message : message() });
    }
  }

  /**
   * Records a warning about the part of `field` at `offset` of its value. Its line is looked up only when
   * the block's cap still lists warnings: past it, a warning in a loop over 100k tokens costs a count.
   * A message function is given the field and the offset, so a loop can pass one function that reads
   * the part again from the value instead of making a closure for each token it warns about.
   */
  addAt(
    field: HeaderField,
    offset: number,
    message: string | ((field: HeaderField, offset: number) => string),
  ): void {
    if (this.list.length >= MAX_TOTAL) {
      this.dropped += 1;
      return;
    }
    const line = lineOf(field, offset);
    if (this.keeps(field.name, line)) {
      this.list.push({
        header: field.name,
        line,
        message: typeof message === 'string' ? message : message(field, offset),
      });
    }
  }

  /** Counts a warning on `line` of `header` against the caps: true when it is listed, false when dropped. */
  private keeps(header: string, line: number): boolean {
    if (this.list.length >= MAX_TOTAL) {
      this.dropped += 1;
      return false;
    }
    const fieldKey = `${header}\u0000${line}`;
    const count = (this.perField.get(fieldKey) ?? 0) + 1;
    this.perField.set(fieldKey, count);
    if (count > MAX_PER_FIELD) {
      this.dropped += 1;
      return false;
    }
    return true;
  }

  /** The warnings, plus a summary line when some were dropped. */
  finish(): ParseWarning[] {
    if (this.dropped > 0) {
      this.list.push({
        header: '',
        line: 0,
        message: `${this.dropped} further parse warning(s) not listed (too many problems in this block)`,
      });
      this.dropped = 0;
    }
    return this.list;
  }
}
