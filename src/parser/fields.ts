import type { HeaderField, Location } from './types';
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

const LF = 10;
const CR = 13;

/**
 * The physical lines of a text as [start, end) offsets, found in one forward pass (the same breaks as
 * `splitLines`), without cutting the text into strings. Lines ahead of the one being read can be peeked
 * (the lookaheads of the splitter); their offsets are kept until the reader moves past them.
 */
/**
 * The line bounds every LineReader starts with, shared (one split runs at a time, start to end): a typed
 * array's store lives outside the heap and costs more to make than a small block takes to split. Room
 * for the lines a reader holds before it releases any, and as many looked ahead; a reader that needs
 * more (a long run of blank lines looked past at once) grows its own copy, dropped with it.
 */
const RELEASE_FROM = 512;
const SHARED_BOUNDS = new Int32Array(4 * RELEASE_FROM);

class LineReader {
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

/**
 * Where the name of a field line starting at `start` ends, or -1 when [start, end) is no field line: a
 * name, optional WSP (obsolete syntax) and a colon. Names are restricted to the characters real header
 * names use ([A-Za-z0-9] then [A-Za-z0-9_.-]*), so an unindented continuation such as
 * "smtp.mailfrom=x; dkim=pass" (pasted from a document that lost the folding indentation) is not mistaken
 * for a field. `out` receives the colon's offset and the name's hash (nameHash), found in the same pass.
 */
function fieldNameEnd(text: string, start: number, end: number, out: NameScan): number {
  if (start >= end || !isAlnum(text.charCodeAt(start))) return -1;
  let hash = nameHashStep(FNV_OFFSET, text.charCodeAt(start));
  let i = start + 1;
  for (; i < end; i++) {
    const c = text.charCodeAt(i);
    if (!isNameChar(c)) break;
    hash = nameHashStep(hash, c);
  }
  const nameEnd = i;
  while (i < end && isWsp(text.charCodeAt(i))) i++;
  if (i >= end || text.charCodeAt(i) !== 58) return -1;
  out.colon = i;
  out.hash = hash;
  return nameEnd;
}

/** What fieldNameEnd finds besides the name's end. */
interface NameScan {
  /** Offset of the colon after the name. */
  colon: number;
  /** FNV-1a hash of the name's characters as written (case kept). */
  hash: number;
}

const FNV_OFFSET = 0x811c9dc5;

function nameHashStep(hash: number, code: number): number {
  return Math.imul(hash ^ code, 16777619);
}

function isAlnum(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

/**
 * The characters of a field name after its first ([A-Za-z0-9_.-]) by ASCII code: one load per character
 * instead of four range tests, in a loop that every field line's name goes through.
 */
const NAME_CHARS = new Uint8Array(128).map((_, c) =>
  isAlnum(c) || c === 95 || c === 46 || c === 45 ? 1 : 0,
);

function isNameChar(c: number): boolean {
  return c < 128 && NAME_CHARS[c] === 1;
}

/** `KEY:value;` fields whose keys look like field names when a paste loses the folding indentation. */
const ANTISPAM_MAPS = new Set([
  'x-forefront-antispam-report',
  'x-forefront-antispam-report-untrusted',
  'x-microsoft-antispam',
  'x-microsoft-antispam-untrusted',
]);
/** Antispam keys are short upper-case codes (CIP, CTRY, SFV, SFTY, BCL, ARA …). */
const ANTISPAM_KEY = /^[A-Z][A-Z0-9]{0,7}$/;
/**
 * Hyphen-less field names that tools sometimes write in capitals ("SUBJECT:"): never an antispam key, even
 * after an antispam field (names with '-' never match ANTISPAM_KEY).
 */
const PLAIN_FIELD_NAMES = new Set([
  'to',
  'cc',
  'bcc',
  'from',
  'sender',
  'date',
  'subject',
  'received',
  'comments',
  'keywords',
  'importance',
  'priority',
  'sensitivity',
  'organization',
]);

/**
 * Fields that open a header block pasted with blank lines between the fields (copied from a web page or a
 * document): after a blank line, one of these means "more headers", not "the body starts".
 */
const TRANSPORT_FIELDS = new Set([
  'received',
  'authentication-results',
  'received-spf',
  'dkim-signature',
  'return-path',
  'from',
  'sender',
  'reply-to',
  'to',
  'cc',
  'subject',
  'date',
  'message-id',
]);
const TRANSPORT_PREFIXES = ['arc-', 'x-ms-', 'x-microsoft-', 'x-forefront-'];

function isTransportField(key: string): boolean {
  return TRANSPORT_FIELDS.has(key) || TRANSPORT_PREFIXES.some((p) => key.startsWith(p));
}

/**
 * A field name as written, one string shared by every field of that name, its lower-cased key, and what
 * the splitter asks about it: worked out once per name, not once per field line (the questions are set
 * lookups, prefix tests and a regex, and a blank-separated block asks them on both sides of every blank run).
 */
interface FieldName {
  readonly name: string;
  readonly key: string;
  /** A field that opens more headers after a blank line (TRANSPORT_FIELDS and prefixes). */
  readonly transport: boolean;
  /** Content-Type or MIME-Version: the block is a whole message, whose blank line starts the body. */
  readonly mime: boolean;
  /** An antispam map (ANTISPAM_MAPS), which `KEY:` lines that lost their indentation may continue. */
  readonly antispamMap: boolean;
  /** Whether a line with this name may be such an antispam entry (ANTISPAM_KEY, no PLAIN_FIELD_NAMES). */
  readonly antispamKey: boolean;
  /** Whether a long value may keep its line breaks (KEPT_FOLDED). */
  readonly keptFolded: boolean;
}

function newFieldName(name: string): FieldName {
  const key = name.toLowerCase();
  return {
    name,
    key,
    transport: isTransportField(key),
    mime: key === 'content-type' || key === 'mime-version',
    antispamMap: ANTISPAM_MAPS.has(key),
    antispamKey: ANTISPAM_KEY.test(name) && !PLAIN_FIELD_NAMES.has(key),
    keptFolded: KEPT_FOLDED.has(key),
  };
}

/**
 * Field names seen, each with its facts computed once: a block repeats a few dozen names (Received, ARC-*,
 * X-MS-*) thousands of times, and every field then holds the same two strings instead of its own copy of
 * the name (memory a 1 MB block of short fields keeps for as long as its reading lives). Bounded, as the
 * names are the sender's to choose.
 */
const nameCache = new Map<string, FieldName>();
const MAX_CACHED_NAMES = 512;

function fieldName(name: string): FieldName {
  let known = nameCache.get(name);
  if (known === undefined) {
    known = newFieldName(name);
    if (nameCache.size < MAX_CACHED_NAMES) nameCache.set(name, known);
  }
  return known;
}

/**
 * The cached names by their hash (one per slot, the first to take it), found by comparing the characters
 * in place: a field line's name is then recognised with no string cut from the text and hashed again by
 * a Map. Names that share a slot (by chance, or chosen by a sender to collide) take the Map above, which
 * costs what every name cost before; the table is fixed in size whatever the input.
 */
const NAME_SLOTS = 4096;
const nameSlots: (FieldName | undefined)[] = new Array<FieldName | undefined>(NAME_SLOTS).fill(undefined);

/** The name text[start, end) whose fieldNameEnd hash is `hash`. */
function nameAt(text: string, start: number, end: number, hash: number): FieldName {
  const slot = hash & (NAME_SLOTS - 1);
  const known = nameSlots[slot];
  if (known !== undefined && known.name.length === end - start && text.startsWith(known.name, start)) {
    return known;
  }
  const named = fieldName(text.slice(start, end));
  if (known === undefined) nameSlots[slot] = named;
  return named;
}

/** One `KEY:value` entry of an antispam map (WSP before ':' allowed, as a field line allows it). */
const ANTISPAM_ENTRY = /^\s*[A-Z][A-Z0-9]{0,7}[ \t]*:/;
/** Longest logical line looked at to decide whether it continues an antispam map. */
const MAX_LOOKAHEAD = 4096;

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
class FoldScratch {
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

function releaseFolds(folds: FoldScratch): void {
  if (folds.capacity > MAX_KEPT_FOLDS) sharedFolds = new FoldScratch();
}

function grown(array: Int32Array<ArrayBuffer>): Int32Array<ArrayBuffer> {
  const bigger = new Int32Array(array.length * 2);
  bigger.set(array);
  return bigger;
}

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

function isWsp(code: number): boolean {
  return code === 32 || code === 9;
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

function leadingWspLength(line: string): number {
  return wspRun(line, 0, line.length);
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
 * when their field is one of KEPT_FOLDED and the value is one stretch of the raw text (every continuation
 * the next physical line, taken whole): a slice of the raw text is then the value, with no copy. V8 puts
 * a string this long in its large-object space, where filling fresh pages costs several times a scan of
 * the value; a real field is a few KB at most.
 */
const KEEP_BREAKS_FROM = 64 * 1024;

/**
 * Fields whose readers take a line break of a kept value for the folding whitespace it is: those that
 * read it through the CFWS lexer (src/parser/cursor.ts), and the Subject and address fields, of which
 * only a head is read (unfoldedHead) and the Subject unfolded whole. Values read as plain text (dates,
 * Message-ID, antispam maps) are always unfolded.
 */
const KEPT_FOLDED = new Set([
  'authentication-results',
  'arc-authentication-results',
  'authentication-results-original',
  'received-spf',
  'subject',
  'from',
  'sender',
  'reply-to',
  'to',
  'cc',
]);

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
  if (b.value === null && !keepable) b.value = text.slice(b.start, b.end).replace(LINE_BREAKS, '');
  if (b.value !== null) b.value += spaced ? ` ${text.slice(start, end)}` : text.slice(start, end);
  b.length += end - start + (spaced ? 1 : 0);
  b.keepable = keepable;
  b.end = end;
  b.endLine = lineNo;
  if (keepable && end - b.start >= KEEP_BREAKS_FROM) b.value = null;
}

/**
 * Whether `trimEnd` could remove anything: its whitespace is the ASCII controls and space or a code point
 * from U+00A0 up. trimEnd is a runtime call, and most values end in a plain character.
 */
function mayEndInWhitespace(value: string): boolean {
  const last = value.charCodeAt(value.length - 1);
  return last <= 32 || last >= 0xa0;
}

function finishField(sp: Splitter, b: FieldBuilder): HeaderField {
  const kept = b.value === null;
  let value = b.value ?? sp.reader.text.slice(b.start, b.end);
  // An empty first line ("Authentication-Results:" then the value on the next line) leaves the
  // continuation's indentation (and, in a kept stretch, the line break) at the start: drop it, and the
  // fold offsets move with it.
  const lead = kept ? leadingSpaceLength(value) : leadingWspLength(value);
  // What the unfolded value would lose of its b.length characters: its lead (WSP only) and what trimEnd
  // removes (a value whose last line is WSP and Unicode spaces loses the break before it too).
  let dropped = kept ? lead - breaksIn(value, 0, lead) : 0;
  if (lead > 0) value = value.slice(lead);
  if (mayEndInWhitespace(value)) {
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
  // Also here: a split that threw did not release an oversized scratch.
  releaseFolds(sharedFolds);
  const sp: Splitter = {
    reader,
    baseIndent,
    scan: { colon: 0, hash: 0 },
    folds: sharedFolds,
    builder: {
      name: newFieldName(''),
      line: 0,
      endLine: 0,
      start: 0,
      end: 0,
      value: '',
      length: 0,
      keepable: true,
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

/** Most values have single spaces only: checking (one regex scan, cheaper than a char loop) beats copying. */
function needsCollapse(text: string): boolean {
  return UNCOLLAPSED.test(text);
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
