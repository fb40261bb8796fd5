import type { HeaderField, Location } from './types';
import { fieldNameEnd, isWsp, nameAt, newFieldName, type FieldName, type NameScan } from './field-names';
import { releaseFolds, takeFolds, type FoldScratch } from './fold-scratch';
import { CR, LF, LineReader } from './line-reader';
import type { WarningSink } from './warnings';

/** The header section split into fields, plus where the body (if any) starts. */
export interface HeaderBlock {
  /**
   * Every physical line of the raw block (index 0 = line 1), for the raw view and a bounce's body: the
   * fields are sliced out of the raw text directly, without them, so the lines are split on first read.
   */
  readonly lines: string[];
  fields: HeaderField[];
  /** 0-based index into `lines` of the first body line, or null when the block has no body. */
  bodyStart: number | null;
}

/**
 * Splits on CRLF, LF or a lone CR (old Mac files and some clipboard paths); native split, linear.
 * CR CR LF counts as one break: it is what a CRLF text converted twice on Windows looks like, and reading
 * it as two would put a blank line (the end of the header section) after every line.
 */
export function splitLines(raw: string): string[] {
  const lines = splitOnBreaks(raw);
  // A trailing line break does not open one more (empty) line.
  if (lines.length > 1 && lines[lines.length - 1] === '') lines.pop();
  return lines;
}

/** Plain string splits for the usual LF-only or CRLF-only text; the regex only for mixed line breaks. */
function splitOnBreaks(raw: string): string[] {
  if (!raw.includes('\r')) return raw.split('\n');
  const crlf = raw.split('\r\n');
  if (!crlf.some((part) => part.includes('\r') || part.includes('\n'))) return crlf;
  return raw.split(/\r\r\n|\r\n|\r|\n/);
}

/** One `KEY:value` entry of an antispam map (WSP before ':' allowed, as a field line allows it). */
const ANTISPAM_ENTRY = /^\s*[A-Z][A-Z0-9]{0,7}[ \t]*:/;
/** Longest logical line looked at to decide whether it continues an antispam map. */
const MAX_LOOKAHEAD = 4096;

/** Fields per chunk of a FieldList: an array this long stays below V8's large-object size. */
const FIELD_CHUNK = 4096;

/**
 * The fields of a split, collected in chunks and joined once at the end. A block of tens of thousands of
 * short fields would otherwise grow one array push by push, and past ~16K entries each regrowth is a
 * fresh large-object allocation: joined once, the array is allocated once, at its final size.
 */
class FieldList {
  private readonly chunks: HeaderField[][] = [];
  private chunk: HeaderField[] = [];

  add(field: HeaderField): void {
    if (this.chunk.length === FIELD_CHUNK) {
      this.chunks.push(this.chunk);
      this.chunk = [];
    }
    this.chunk.push(field);
  }

  finish(): HeaderField[] {
    if (this.chunks.length === 0) return this.chunk;
    // concat sums the lengths first and allocates the result once.
    return this.chunks[0].concat(...this.chunks.slice(1), this.chunk);
  }
}

/** The state of one split: the raw text read line by line, and the indentation of a block indented as a whole. */
interface Splitter {
  reader: LineReader;
  baseIndent: number;
  /** Scratch output of fieldNameEnd. */
  scan: NameScan;
  folds: FoldScratch;
  /** The field being read (at most one at a time). */
  builder: FieldBuilder;
  /** The last line fieldLineName read (its index and where its name was looked for), and what it found. */
  readLine: number;
  readStart: number;
  readName: FieldName | null;
  readColon: number;
}

/**
 * The name of the field line `index` read from `start` to `end`, or null when it is no field line; the
 * offset of its colon is left in `sp.readColon`. Remembered for the line last read: after a blank run,
 * the line after it is read to decide whether the block goes on, and then again as the next line.
 */
function fieldLineName(sp: Splitter, index: number, start: number, end: number): FieldName | null {
  if (index === sp.readLine && start === sp.readStart) return sp.readName;
  const { text } = sp.reader;
  const nameEnd = fieldNameEnd(text, start, end, sp.scan);
  sp.readLine = index;
  sp.readStart = start;
  sp.readName = nameEnd < 0 ? null : nameAt(text, start, nameEnd, sp.scan.hash);
  sp.readColon = sp.scan.colon;
  return sp.readName;
}

/**
 * The line `index` (from `start`, its indentation already removed) plus the lines that continue it
 * (indented ones, and unindented ones that are no field line), joined: whether a `KEY:` line continues an
 * antispam map is decided on the whole logical line, so the decision does not depend on where it was folded.
 */
function logicalLine(sp: Splitter, index: number, start: number): string {
  const { reader, baseIndent } = sp;
  const { text } = reader;
  let logical = text.slice(start, reader.end(index));
  for (let j = index + 1; reader.has(j) && logical.length <= MAX_LOOKAHEAD; j++) {
    const s = reader.start(j);
    const e = reader.end(j);
    if (isBlankRange(text, s, e)) break;
    const indent = wspRun(text, s, e);
    if (indent > baseIndent) {
      logical += text.slice(s, e);
    } else if (fieldNameEnd(text, s + indent, e, sp.scan) < 0) {
      // An unindented line that is no field line is appended to the field anyway (lost indentation).
      logical += ` ${text.slice(s + indent, e)}`;
    } else {
      break;
    }
  }
  return logical;
}

/** Whether the `name:` line at `index` (from `start`) continues the antispam map `current` after losing its indentation. */
function continuesAntispam(
  sp: Splitter,
  current: FieldBuilder | null,
  name: FieldName,
  index: number,
  start: number,
): boolean {
  return (
    current !== null &&
    name.antispamKey &&
    current.name.antispamMap &&
    isAntispamEntries(logicalLine(sp, index, start))
  );
}

/** "CAT:SPOOF; SFV:SPM; SCL:5": every ';'-separated segment is an upper-case `KEY:` entry. */
function isAntispamEntries(text: string): boolean {
  if (!text.includes(';') || text.length > MAX_LOOKAHEAD) return false;
  return text.split(';').every((segment) => segment.trim() === '' || ANTISPAM_ENTRY.test(segment));
}

/** Whether [start, end) of `text` holds nothing but spaces and tabs (or nothing). */
function isBlankRange(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (!isWsp(text.charCodeAt(i))) return false;
  return true;
}

/** Length of the run of WSP at `start` (at most `max`, never past `end`). */
function wspRun(text: string, start: number, end: number, max = Infinity): number {
  let n = 0;
  while (start + n < end && n < max && isWsp(text.charCodeAt(start + n))) n++;
  return n;
}

function isSpaceOrBreak(code: number): boolean {
  return isWsp(code) || code === CR || code === LF;
}

/** Length of the run of WSP and line breaks at the start of `text`. */
function leadingSpaceLength(text: string): number {
  let n = 0;
  while (n < text.length && isSpaceOrBreak(text.charCodeAt(n))) n++;
  return n;
}

/** An mbox separator ("From sender@example.com Mon Nov 23 03:00:00 2026"), not a "From:" field. */
function isMboxFromLine(text: string, start: number, end: number): boolean {
  if (!text.startsWith('From ', start) || end - start < 5) return false;
  const i = start + 5 + wspRun(text, start + 5, end);
  return i >= end || text.charCodeAt(i) !== 58;
}

/**
 * Values at least this long (in characters of raw text) keep their line breaks instead of being unfolded,
 * when their field is one of KEPT_FOLDED (./field-names) and the value is one stretch of the raw text (every continuation
 * the next physical line, taken whole): a slice of the raw text is then the value, with no copy. V8 puts
 * a string this long in its large-object space, where filling fresh pages costs several times a scan of
 * the value; a real field is a few KB at most.
 */
const KEEP_BREAKS_FROM = 64 * 1024;

/** The unfolded length of each field kept with its line breaks (any other's is its value's length). */
const keptLengths = new WeakMap<HeaderField, number>();

/** The length of `field`'s value as unfolded. */
export function unfoldedLength(field: HeaderField): number {
  return keptLengths.get(field) ?? field.value.length;
}

/** The first `max` characters of `text` as unfolded (see KEEP_BREAKS_FROM), cut without a copy of the rest. */
export function unfoldedHead(text: string, max: number): string {
  const head = text.length > max ? text.slice(0, unfoldedCut(text, max)) : text;
  return unfolded(head);
}

/** `text` without the line breaks of a value kept with them (itself when it has none). */
export function unfolded(text: string): string {
  return text.includes('\n') || text.includes('\r') ? text.replace(LINE_BREAKS, '') : text;
}

interface FieldBuilder {
  name: FieldName;
  line: number;
  endLine: number;
  /** The stretch of the raw text the value was read from: where it starts, where its last line ends. */
  start: number;
  end: number;
  /**
   * The value so far, unfolded: slices of the raw text, concatenated as the lines are read; null once the
   * value is kept as [start, end) of the raw text, line breaks included (KEEP_BREAKS_FROM).
   */
  value: string | null;
  /** Length of the unfolded value so far. */
  length: number;
  /**
   * Whether the value may still be kept with its line breaks: a KEPT_FOLDED field (checked at its first
   * fold, as most fields have none) whose continuations so far were each the next physical line, taken
   * whole (no indentation cut, no space added).
   */
  keepable: boolean;
  /**
   * Whitespace the unfolded value starts with, left out of `value` (but counted in `length` and the fold
   * offsets): after an empty first line, the first continuation's indentation (or the space that stands
   * for it), dropped when it is read.
   */
  lead: number;
  /** Folds so far: entries [0, folds) of the split's fold scratch. */
  folds: number;
  /** Lines read as continuations although not indented (first, last, count): one warning per field. */
  lostFirst: number;
  lostLast: number;
  lostCount: number;
}

/** Starts the field read into `sp.builder` (one object reused from field to field: no garbage per field). */
function newField(sp: Splitter, name: FieldName, line: number, start: number, value: string): FieldBuilder {
  const b = sp.builder;
  b.name = name;
  b.line = line;
  b.endLine = line;
  b.start = start;
  b.end = start + value.length;
  b.value = value;
  b.length = value.length;
  b.keepable = true;
  b.lead = 0;
  b.folds = 0;
  b.lostFirst = 0;
  b.lostLast = 0;
  b.lostCount = 0;
  return b;
}

/** Every line break of a stretch of raw text (the lines themselves hold no CR or LF). */
const LINE_BREAKS = /[\r\n]+/g;

/**
 * Appends [start, end) of the raw text, a continuation read on physical line `lineNo` (after a space that
 * stands for lost folding whitespace when `spaced`), recording where it starts.
 */
function appendLine(
  sp: Splitter,
  b: FieldBuilder,
  start: number,
  end: number,
  lineNo: number,
  spaced: boolean,
): void {
  const { text } = sp.reader;
  const keepable =
    b.keepable &&
    !spaced &&
    lineNo === b.endLine + 1 &&
    sp.baseIndent === 0 &&
    (b.folds > 0 || b.name.keptFolded);
  sp.folds.add(b.folds++, b.length, start - b.start, lineNo);
  // A kept stretch that stops being one (rare: hostile or mangled input) is unfolded after all.
  if (b.value === null && !keepable)
    b.value = text.slice(b.start, b.end).replace(LINE_BREAKS, '').slice(b.lead);
  if (b.length === 0) {
    // The first line was empty: the value starts here, without the indentation. Dropped now, the value
    // stays one slice of the raw text instead of a concatenation that dropping it later would flatten.
    b.lead = spaced ? 1 : wspRun(text, start, end);
    if (b.value !== null) b.value = text.slice(start + (spaced ? 0 : b.lead), end);
  } else if (b.value !== null) {
    b.value += spaced ? ` ${text.slice(start, end)}` : text.slice(start, end);
  }
  b.length += end - start + (spaced ? 1 : 0);
  b.keepable = keepable;
  b.end = end;
  b.endLine = lineNo;
  if (keepable && end - b.start >= KEEP_BREAKS_FROM) b.value = null;
}

/**
 * Whether `trimEnd` could remove anything from a value whose last character is `last`: its whitespace is
 * the ASCII controls and space or a code point from U+00A0 up. trimEnd is a runtime call, and most values
 * end in a plain character.
 */
function mayEndInWhitespace(last: number): boolean {
  return last <= 32 || last >= 0xa0;
}

function finishField(sp: Splitter, b: FieldBuilder): HeaderField {
  const { text } = sp.reader;
  const kept = b.value === null;
  let value = b.value ?? text.slice(b.start, b.end);
  // An empty first line ("Authentication-Results:" then the value on the next line) leaves the
  // continuation's indentation (and, in a kept stretch, the line break) at the start: drop it, and the
  // fold offsets move with it. An unfolded value was read without it (b.lead). Its last character is read
  // in the raw text: a folded value is a concatenation that reading a character of would flatten, here
  // for fields that no reader reads (antispam message data).
  const lead = kept ? leadingSpaceLength(value) : b.lead;
  // What the unfolded value would lose of its b.length characters: its lead (WSP only) and what trimEnd
  // removes (a value whose last line is WSP and Unicode spaces loses the break before it too).
  let dropped = kept ? lead - breaksIn(value, 0, lead) : 0;
  if (kept && lead > 0) value = value.slice(lead);
  if (mayEndInWhitespace(text.charCodeAt(b.end - 1))) {
    const untrimmed = value;
    value = value.trimEnd();
    if (kept)
      dropped += untrimmed.length - value.length - breaksIn(untrimmed, value.length, untrimmed.length);
  }
  const field: HeaderField = {
    name: b.name.name,
    key: b.name.key,
    value,
    line: b.line,
    foldOffsets: sp.folds.offsetsOut(b.folds, lead, value.length, kept),
    foldLines: sp.folds.linesOut(b.folds, b.line),
  };
  if (kept) keptLengths.set(field, b.length - dropped);
  return field;
}

/** The line breaks (CR and LF characters) in [from, to) of `text`. */
function breaksIn(text: string, from: number, to: number): number {
  let breaks = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === CR || c === LF) breaks++;
  }
  return breaks;
}

/**
 * Splits a raw block (pasted headers or a whole .eml) into unfolded fields with their line numbers.
 * Tolerates leading blank lines, an mbox "From " line, a block indented as a whole (pasted from a
 * document), tab-folded continuations (Outlook), and continuations that lost their indentation (read as
 * continuations, with a warning). The header section ends at the first blank line after a field.
 *
 * The fields come out of one forward pass over the raw text: each value is sliced out of it (the slices
 * of a folded field concatenated, with the fold offsets recorded), with no array of lines. The physical
 * lines (for the raw view and a bounce's body) are split on first read of `lines`.
 */
export function splitHeaderBlock(raw: string, warnings: WarningSink): HeaderBlock {
  // A byte-order mark (a file saved by a Windows editor) would hide the first field name.
  const text = raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw;
  const reader = new LineReader(text);
  const fields = new FieldList();
  let current: FieldBuilder | null = null;
  let bodyStart: number | null = null;

  const flush = (): void => {
    if (!current) return;
    fields.add(finishField(sp, current));
    if (current.lostCount > 0) {
      const { lostFirst: first, lostLast: last, lostCount: count } = current;
      const where = count === 1 ? `Line ${first} is` : `${count} lines (${first}–${last}) are`;
      warnings.add(
        current.name.name,
        first,
        `${where} not indented: read as continuation of the field above`,
      );
    }
    current = null;
  };
  const blankAt = (index: number): boolean => isBlankRange(text, reader.start(index), reader.end(index));

  let i = 0;
  while (reader.has(i) && blankAt(i)) i++;
  if (reader.has(i) && isMboxFromLine(text, reader.start(i), reader.end(i))) {
    i++;
    while (reader.has(i) && blankAt(i)) i++;
  }
  // A block indented as a whole (copied from a document or an e-mail quote): strip that indentation.
  const baseIndent = reader.has(i) ? wspRun(text, reader.start(i), reader.end(i)) : 0;
  const sp: Splitter = {
    reader,
    baseIndent,
    scan: { colon: 0, hash: 0 },
    folds: takeFolds(),
    builder: {
      name: newFieldName(''),
      line: 0,
      endLine: 0,
      start: 0,
      end: 0,
      value: '',
      length: 0,
      keepable: true,
      lead: 0,
      folds: 0,
      lostFirst: 0,
      lostLast: 0,
      lostCount: 0,
    },
    readLine: -1,
    readStart: 0,
    readName: null,
    readColon: 0,
  };

  // Set once a blank line is followed by more header fields in a block without MIME fields: the block was
  // pasted with blank lines between its fields, and a blank line no longer means "the body starts".
  let blankSeparated = false;
  let sawMimeField = false;

  for (; reader.has(i); i++) {
    reader.release(i);
    const lineNo = i + 1;
    const physicalStart = reader.start(i);
    const end = reader.end(i);
    if (isBlankRange(text, physicalStart, end)) {
      let next = i + 1;
      while (reader.has(next) && blankAt(next)) next++;
      const hasNext = reader.has(next);
      const nextStart = hasNext ? reader.start(next) : 0;
      const nextEnd = hasNext ? reader.end(next) : 0;
      const nextIndent = wspRun(text, nextStart, nextEnd);
      const nextIsContinuation = current !== null && nextEnd > nextStart && nextIndent > baseIndent;
      const nextName = nextIsContinuation ? null : fieldLineName(sp, next, nextStart + nextIndent, nextEnd);
      const startsSeparatedBlock =
        !sawMimeField &&
        current !== null &&
        current.name.transport &&
        (nextIsContinuation || (nextName !== null && nextName.transport));
      if ((blankSeparated && (nextIsContinuation || nextName !== null)) || startsSeparatedBlock) {
        if (!blankSeparated) {
          warnings.add(
            '',
            lineNo,
            'Blank line between header fields ignored (the block looks pasted with blank lines)',
          );
        }
        blankSeparated = true;
        // A continuation after the blank line(s) keeps the current field open, and so does an antispam
        // entry that lost its indentation (a page copied with blank lines loses folding the same way).
        const nextContinuesAntispam =
          nextName !== null && continuesAntispam(sp, current, nextName, next, nextStart + nextIndent);
        if (!nextIsContinuation && !nextContinuesAntispam) flush();
        i = next - 1;
        continue;
      }
      bodyStart = reader.has(i + 1) ? i + 1 : null;
      break;
    }
    const start =
      baseIndent > 0 ? physicalStart + wspRun(text, physicalStart, end, baseIndent) : physicalStart;
    if (start < end && isWsp(text.charCodeAt(start))) {
      if (current) appendLine(sp, current, start, end, lineNo, false);
      else warnings.add('', lineNo, 'Continuation line with no header field before it: skipped');
      continue;
    }
    const name = fieldLineName(sp, i, start, end);
    const afterColon = sp.readColon + 1;
    const lostIndentAntispam = name !== null && continuesAntispam(sp, current, name, i, start);
    if (name !== null && !lostIndentAntispam) {
      flush();
      if (name.mime) sawMimeField = true;
      const valueStart = afterColon + wspRun(text, afterColon, end);
      current = newField(sp, name, lineNo, valueStart, text.slice(valueStart, end));
      continue;
    }
    if (current) {
      // Pasted text often loses the folding indentation: keep the line as a continuation (a space stands
      // for the lost folding whitespace) rather than dropping the rest of the field.
      appendLine(sp, current, start, end, lineNo, true);
      if (current.lostCount === 0) current.lostFirst = lineNo;
      current.lostLast = lineNo;
      current.lostCount++;
    } else {
      warnings.add('', lineNo, 'Line is neither a header field nor a continuation: skipped');
    }
  }
  flush();
  releaseFolds(sp.folds);
  return headerBlock(text, fields.finish(), bodyStart);
}

/**
 * The split's result, made outside splitHeaderBlock: the `lines` getter's closure then holds the text
 * only, not the split's state (its chunked field list and line reader), for as long as the reading lives.
 */
function headerBlock(text: string, fields: HeaderField[], bodyStart: number | null): HeaderBlock {
  let lines: string[] | null = null;
  return {
    get lines(): string[] {
      lines ??= splitLines(text);
      return lines;
    },
    fields,
    bodyStart,
  };
}

/**
 * Whether the value of `field`, as unfolded, holds `text`. A value kept with its line breaks
 * (KEEP_BREAKS_FROM) holds the same non-blank runs, but a text with whitespace may cross one of its breaks.
 */
export function valueIncludes(field: HeaderField, text: string): boolean {
  const { value } = field;
  if (value.includes(text)) return true;
  return /\s/.test(text) && /[\r\n]/.test(value) && value.replace(LINE_BREAKS, '').includes(text);
}

/** The 1-based physical line on which `offset` (an index into `field.value`) stands. */
export function lineOf(field: HeaderField, offset: number): number {
  const folds = field.foldOffsets;
  // Binary search: number of fold offsets <= offset.
  let lo = 0;
  let hi = folds.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (folds[mid] <= offset) lo = mid + 1;
    else hi = mid;
  }
  if (lo === 0) return field.line;
  return field.foldLines?.[lo - 1] ?? field.line + lo;
}

/**
 * The last physical line of `field` (1-based, >= its first): that of its last fold. Derived rather than
 * stored, as every field of a block is kept for as long as its reading lives and few readers ask.
 */
export function endLineOf(field: HeaderField): number {
  const folds = field.foldOffsets.length;
  if (folds === 0) return field.line;
  return field.foldLines?.[folds - 1] ?? field.line + folds;
}

/**
 * Longest evidence text kept (characters of the raw value). Real fields are far shorter (a DKIM-Signature
 * with a 4096-bit signature is under 2 KB); the cap bounds the cost and size of hostile input. The text is
 * cut without a marker so that it still appears verbatim (whitespace aside) on the line it names.
 */
const MAX_TEXT = 4096;

/**
 * Collapses runs of whitespace (left by unfolding) to single spaces, for evidence and comment text; only
 * the first `max` characters are kept.
 */
export function collapseWhitespace(text: string, max = MAX_TEXT): string {
  const head = text.length > max ? text.slice(0, unfoldedCut(text, max)) : text;
  return needsCollapse(head) ? head.replace(/[ \t\r\n]+/g, ' ').trim() : head;
}

/**
 * Where the first `count` characters of `text` as unfolded end: the line breaks of a value kept with them
 * (KEEP_BREAKS_FROM) are not counted, so that its evidence holds what the unfolded value's would.
 */
export function unfoldedCut(text: string, count: number): number {
  let breaks = 0;
  let i = 0;
  for (; i < text.length && i - breaks < count; i++) {
    const c = text.charCodeAt(i);
    if (c === CR || c === LF) breaks++;
  }
  return i;
}

/**
 * Whitespace that collapsing would change: a blank at either end, a tab or line break anywhere, or two
 * spaces in a row. Each alternative is a fixed length, so the scan stays linear on any input.
 */
const UNCOLLAPSED = /^[ \t]|[ \t]$|[\t\r\n]| {2}/;

/**
 * From this length the native substring searches check a text in about half the time of the regex, which
 * stops at every space to try its alternatives; below it their four calls cost more than the one test.
 */
const SEARCH_FROM = 200;

/** Whether collapsing would change `text`. Most values have single spaces only: checking beats copying. */
function needsCollapse(text: string): boolean {
  if (text.length < SEARCH_FROM) return UNCOLLAPSED.test(text);
  if (isWsp(text.charCodeAt(0)) || isWsp(text.charCodeAt(text.length - 1))) return true;
  return text.includes('\t') || text.includes('\n') || text.includes('\r') || text.includes('  ');
}

/**
 * A Location for a whole field: the first line that holds its value (the line after the name when the
 * value was folded onto the next line), and its unfolded value as the text.
 */
export function locateField(field: HeaderField): Location {
  return { header: field.name, line: lineOf(field, 0), text: collapseWhitespace(field.value) };
}

/** A Location for a part of a field that starts at `offset` of its value. */
export function locate(field: HeaderField, text: string, offset = 0): Location {
  return { header: field.name, line: lineOf(field, offset), text: collapseWhitespace(text) };
}
