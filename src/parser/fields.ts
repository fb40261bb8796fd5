import type { HeaderField, Location } from './types';
import type { WarningSink } from './warnings';

/** The header section split into fields, plus where the body (if any) starts. */
export interface HeaderBlock {
  /** Every physical line of the raw block (index 0 = line 1). */
  lines: string[];
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

/**
 * A field line: a name, optional WSP (obsolete syntax) and a colon. Names are restricted to the characters
 * real header names use, so an unindented continuation such as "smtp.mailfrom=x; dkim=pass" (pasted from
 * a document that lost the folding indentation) is not mistaken for a field. Linear: anchored, and the
 * name class excludes WSP and ':'.
 */
const FIELD_LINE = /^([A-Za-z0-9][A-Za-z0-9_.-]*)[ \t]*:/;

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

function isTransportField(name: string): boolean {
  const key = name.toLowerCase();
  return TRANSPORT_FIELDS.has(key) || TRANSPORT_PREFIXES.some((p) => key.startsWith(p));
}

/** One `KEY:value` entry of an antispam map (WSP before ':' allowed, as FIELD_LINE allows it). */
const ANTISPAM_ENTRY = /^\s*[A-Z][A-Z0-9]{0,7}[ \t]*:/;
/** Longest logical line looked at to decide whether it continues an antispam map. */
const MAX_LOOKAHEAD = 4096;

/**
 * The line plus the lines that continue it (indented ones, and unindented ones that are no field line),
 * joined: whether a `KEY:` line continues an antispam map is decided on the whole logical line, so the
 * decision does not depend on where it was folded.
 */
function logicalLine(lines: string[], index: number, line: string, baseIndent: number): string {
  let text = line;
  for (let j = index + 1; j < lines.length && text.length <= MAX_LOOKAHEAD; j++) {
    const next = lines[j];
    if (isBlank(next)) break;
    const indent = leadingWspLength(next);
    if (indent > baseIndent) {
      text += next;
    } else if (!FIELD_LINE.test(next.slice(indent))) {
      // An unindented line that is no field line is appended to the field anyway (lost indentation).
      text += ` ${next.slice(indent)}`;
    } else {
      break;
    }
  }
  return text;
}

/** Whether the `name:` line at `index` continues the antispam map `current` after losing its indentation. */
function continuesAntispam(
  current: FieldBuilder | null,
  name: string,
  lines: string[],
  index: number,
  line: string,
  baseIndent: number,
): boolean {
  return (
    current !== null &&
    ANTISPAM_KEY.test(name) &&
    !PLAIN_FIELD_NAMES.has(name.toLowerCase()) &&
    ANTISPAM_MAPS.has(current.name.toLowerCase()) &&
    isAntispamEntries(logicalLine(lines, index, line, baseIndent))
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

function isBlank(line: string): boolean {
  for (let i = 0; i < line.length; i++) if (!isWsp(line.charCodeAt(i))) return false;
  return true;
}

function leadingWspLength(line: string, max = Infinity): number {
  let n = 0;
  while (n < line.length && n < max && isWsp(line.charCodeAt(n))) n++;
  return n;
}

/** An mbox separator ("From sender@example.com Mon Nov 23 03:00:00 2026"), not a "From:" field. */
function isMboxFromLine(line: string): boolean {
  if (!line.startsWith('From ')) return false;
  let i = 5;
  while (i < line.length && isWsp(line.charCodeAt(i))) i++;
  return line[i] !== ':';
}

interface FieldBuilder {
  name: string;
  line: number;
  endLine: number;
  chunks: string[];
  length: number;
  foldOffsets: number[];
  foldLines: number[];
  /** Lines read as continuations although not indented (first, last, count): one warning per field. */
  unindented: { first: number; last: number; count: number };
}

function finishField(b: FieldBuilder, index: number): HeaderField {
  let value = b.chunks.length === 1 ? b.chunks[0] : b.chunks.join('');
  // An empty first line ("Authentication-Results:" then the value on the next line) leaves the
  // continuation's indentation at the start: drop it and shift the fold offsets with it.
  const lead = leadingWspLength(value);
  let foldOffsets = b.foldOffsets;
  if (lead > 0) {
    value = value.slice(lead);
    foldOffsets = foldOffsets.map((o) => Math.max(0, o - lead));
  }
  value = value.trimEnd();
  const length = value.length;
  if (foldOffsets.length > 0 && foldOffsets[foldOffsets.length - 1] > length) {
    foldOffsets = foldOffsets.map((o) => Math.min(o, length));
  }
  return {
    name: b.name,
    key: b.name.toLowerCase(),
    value,
    line: b.line,
    endLine: b.endLine,
    foldOffsets,
    foldLines: b.foldLines,
    index,
  };
}

/**
 * Splits a raw block (pasted headers or a whole .eml) into unfolded fields with their line numbers.
 * Tolerates leading blank lines, an mbox "From " line, a block indented as a whole (pasted from a
 * document), tab-folded continuations (Outlook), and continuations that lost their indentation (read as
 * continuations, with a warning). The header section ends at the first blank line after a field.
 */
export function splitHeaderBlock(raw: string, warnings: WarningSink): HeaderBlock {
  // A byte-order mark (a file saved by a Windows editor) would hide the first field name.
  const lines = splitLines(raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw);
  const fields: HeaderField[] = [];
  let current: FieldBuilder | null = null;
  let bodyStart: number | null = null;

  const flush = (): void => {
    if (!current) return;
    fields.push(finishField(current, fields.length));
    const lost = current.unindented;
    if (lost.count > 0) {
      const where =
        lost.count === 1 ? `Line ${lost.first} is` : `${lost.count} lines (${lost.first}–${lost.last}) are`;
      warnings.add(
        current.name,
        lost.first,
        `${where} not indented: read as continuation of the field above`,
      );
    }
    current = null;
  };
  const append = (b: FieldBuilder, text: string, lineNo: number): void => {
    b.foldOffsets.push(b.length);
    b.foldLines.push(lineNo);
    b.chunks.push(text);
    b.length += text.length;
    b.endLine = lineNo;
  };

  let i = 0;
  while (i < lines.length && isBlank(lines[i])) i++;
  if (i < lines.length && isMboxFromLine(lines[i])) {
    i++;
    while (i < lines.length && isBlank(lines[i])) i++;
  }
  // A block indented as a whole (copied from a document or an e-mail quote): strip that indentation.
  const baseIndent = i < lines.length ? leadingWspLength(lines[i]) : 0;

  // Set once a blank line is followed by more header fields in a block without MIME fields: the block was
  // pasted with blank lines between its fields, and a blank line no longer means "the body starts".
  let blankSeparated = false;
  let sawMimeField = false;

  for (; i < lines.length; i++) {
    const lineNo = i + 1;
    const physical = lines[i];
    if (isBlank(physical)) {
      let next = i + 1;
      while (next < lines.length && isBlank(lines[next])) next++;
      const nextLine = next < lines.length ? lines[next] : '';
      const nextIndent = leadingWspLength(nextLine);
      const nextIsContinuation = current !== null && nextLine.length > 0 && nextIndent > baseIndent;
      const nextField = nextIsContinuation ? null : FIELD_LINE.exec(nextLine.slice(nextIndent));
      const startsSeparatedBlock =
        !sawMimeField &&
        current !== null &&
        isTransportField(current.name) &&
        (nextIsContinuation || (nextField !== null && isTransportField(nextField[1])));
      if ((blankSeparated && (nextIsContinuation || nextField !== null)) || startsSeparatedBlock) {
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
          nextField !== null &&
          continuesAntispam(current, nextField[1], lines, next, nextLine.slice(nextIndent), baseIndent);
        if (!nextIsContinuation && !nextContinuesAntispam) flush();
        i = next - 1;
        continue;
      }
      bodyStart = i + 1 < lines.length ? i + 1 : null;
      break;
    }
    const line = baseIndent > 0 ? physical.slice(leadingWspLength(physical, baseIndent)) : physical;
    if (isWsp(line.charCodeAt(0))) {
      if (current) append(current, line, lineNo);
      else warnings.add('', lineNo, 'Continuation line with no header field before it: skipped');
      continue;
    }
    const match = FIELD_LINE.exec(line);
    const lostIndentAntispam =
      match !== null && continuesAntispam(current, match[1], lines, i, line, baseIndent);
    if (match && !lostIndentAntispam) {
      flush();
      const lowerName = match[1].toLowerCase();
      if (lowerName === 'content-type' || lowerName === 'mime-version') sawMimeField = true;
      const rest = line.slice(match[0].length);
      const text = rest.slice(leadingWspLength(rest));
      current = {
        name: match[1],
        line: lineNo,
        endLine: lineNo,
        chunks: [text],
        length: text.length,
        foldOffsets: [],
        foldLines: [],
        unindented: { first: 0, last: 0, count: 0 },
      };
      continue;
    }
    if (current) {
      // Pasted text often loses the folding indentation: keep the line as a continuation (a space stands
      // for the lost folding whitespace) rather than dropping the rest of the field.
      append(current, ` ${line}`, lineNo);
      const lost = current.unindented;
      if (lost.count === 0) lost.first = lineNo;
      lost.last = lineNo;
      lost.count++;
    } else {
      warnings.add('', lineNo, 'Line is neither a header field nor a continuation: skipped');
    }
  }
  flush();
  return { lines, fields, bodyStart };
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
  const head = text.length > max ? text.slice(0, max) : text;
  return needsCollapse(head) ? head.replace(/[ \t\r\n]+/g, ' ').trim() : head;
}

/** Most values have single spaces only: checking is cheaper than copying them. */
function needsCollapse(text: string): boolean {
  const n = text.length;
  if (n === 0) return false;
  if (isWsp(text.charCodeAt(0)) || isWsp(text.charCodeAt(n - 1))) return true;
  let previousSpace = false;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 9 || c === 10 || c === 13) return true;
    if (c === 32) {
      if (previousSpace) return true;
      previousSpace = true;
    } else {
      previousSpace = false;
    }
  }
  return false;
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
