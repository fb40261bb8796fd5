import { Cursor } from './cursor';
import { collapseWhitespace, lineOf, locate, locateField } from './fields';
import type { AuthMethodResult, AuthenticationResults, HeaderField } from './types';
import { createRecord } from './record';
import { decodeEncodedWords } from './encoded-words';
import type { WarningSink } from './warnings';

/**
 * Authentication-Results (RFC 8601 §2.2) and ARC-Authentication-Results (RFC 8617 §4.1.1): a small
 * tokenizer that follows the grammar and tolerates what real receivers write:
 * - no authserv-id (Exchange Online starts with `spf=pass`), a version after the authserv-id;
 * - comments anywhere, nested (RFC 8601 Appendix B.7), and without a space before them (Yahoo);
 * - stray domain tokens between results (`smtp.mailfrom=x; contoso.com; dkim=…`), skipped silently;
 * - bare `key=value` properties (`action=`, `x-bits=`), empty values (`header.from=`), `\@` escapes;
 * - receiver spellings of results: Yahoo's `dkim_pass` and `success` mean "pass".
 */

/** Characters that end a method, ptype, property or key word. */
const KEY_STOPS = ';=/.';
/** Characters that end a result or property value (values may contain '=', '/', '.' and '@'). */
const VALUE_STOPS = ';';

/** A method name: RFC 8601 Keyword (letters, digits, '-', '_'). */
const KEYWORD = /^[A-Za-z0-9][A-Za-z0-9_-]*$/;
const DIGITS = /^[0-9]+$/;
/**
 * Results read from one field. A real receiver writes a handful (Exchange Online: 4); thousands are an
 * attack on the reader, and each one costs the rules engine too.
 */
const MAX_RESULTS = 100;

interface PendingResult {
  start: number;
  method: string;
  methodVersion: string | null;
  result: string;
  reason: string | null;
  comments: string[];
  props: Record<string, string>;
}

/** Normalises receiver-specific spellings of a result (Yahoo: `dkim_pass`, `success`). */
export function normaliseResult(method: string, result: string): string {
  let r = result.toLowerCase();
  if (r.startsWith(`${method}_`)) r = r.slice(method.length + 1);
  if (r === 'success') r = 'pass';
  return r;
}

/**
 * Looks ahead (without moving) to tell whether a method or key starts here: a name as `readKey` reads
 * it, followed by [CFWS] '='.
 */
function looksLikeAssignment(c: Cursor): boolean {
  const save = c.pos;
  const ok = readKey(c, []).key.length > 0 && c.peek() === '=';
  c.pos = save;
  return ok;
}

/**
 * Reads a method or property name: a word, then any
 * `. word` (ptype.property) and `/ word` (method-version), with CFWS allowed around the separators.
 * The name is lower-cased; the cursor stops before the '='.
 */
function readKey(c: Cursor, comments: string[]): { key: string; version: string | null } {
  let key = c.readWord(KEY_STOPS).toLowerCase();
  let version: string | null = null;
  c.skipCfws(comments);
  for (let ch = c.peek(); (ch === '.' || ch === '/') && !c.done; ch = c.peek()) {
    c.pos++;
    c.skipCfws(comments);
    const word = c.readWord(KEY_STOPS);
    if (ch === '.') key = `${key}.${word.toLowerCase()}`;
    else version = word;
    c.skipCfws(comments);
  }
  return { key, version };
}

/** Steps over the '=' after a method (and the CFWS after it). */
function skipEquals(c: Cursor, comments: string[]): void {
  if (c.peek() === '=') c.pos++;
  c.skipCfws(comments);
}

/**
 * Parses one resinfo starting at the method word: `method[/version]=result [reason=…] [props…]`.
 * Leaves the cursor at the ';' that ends it (or at the end of the value).
 */
function parseResinfo(c: Cursor, field: HeaderField, warnings: WarningSink): PendingResult {
  const start = c.pos;
  const comments: string[] = [];
  const { key: method, version: methodVersion } = readKey(c, comments);
  skipEquals(c, comments);
  const result = c.readValue(VALUE_STOPS);
  const pending: PendingResult = {
    start,
    method,
    methodVersion,
    result,
    reason: null,
    comments,
    props: createRecord(),
  };
  if (!KEYWORD.test(method)) {
    warnings.add(field.name, lineOf(field, start), `Unusual method name "${method}"`);
  }
  if (result.length === 0) {
    warnings.add(field.name, lineOf(field, start), `No result after "${method}="`);
  }

  while (!c.done) {
    c.skipCfws(comments);
    if (c.done || c.peek() === ';') break;
    const keyStart = c.pos;
    if (!looksLikeAssignment(c)) {
      // A token that is not key=value inside a resinfo (e.g. a stray word): skip it.
      const skipped = c.readValue(VALUE_STOPS);
      if (skipped.length === 0) c.pos++; // a stray ')' or similar: always make progress
      warnings.add(field.name, lineOf(field, keyStart), `Unexpected token "${truncate(skipped)}" skipped`);
      continue;
    }
    const { key } = readKey(c, comments);
    if (c.peek() === '=') c.pos++;
    const value = readPropertyValue(c, comments);
    if (key === 'reason') {
      if (pending.reason === null) pending.reason = value;
    } else if (!(key in pending.props)) {
      // Yahoo writes the selector as `header.s=@selector`.
      pending.props[key] = key === 'header.s' && value.startsWith('@') ? value.slice(1) : value;
    }
  }
  return pending;
}

/**
 * Reads a pvalue after '='. An empty value (Microsoft's `header.from=;`) is "". When whitespace follows
 * the '=' and the next token is itself `key=…`, the value was empty and that token is the next property.
 */
function readPropertyValue(c: Cursor, comments: string[]): string {
  const save = c.pos;
  const hadSpace = c.skipCfws(comments);
  if (c.done || c.peek() === ';') return '';
  if (hadSpace && c.peek() !== '"' && looksLikeAssignment(c)) {
    c.pos = save;
    return '';
  }
  return c.readValue(VALUE_STOPS);
}

function truncate(text: string): string {
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}

function finishResult(field: HeaderField, value: string, p: PendingResult, end: number): AuthMethodResult {
  const result: AuthMethodResult = {
    method: p.method,
    result: normaliseResult(p.method, p.result),
    reason: p.reason,
    comment: p.comments.length > 0 ? p.comments.join(' ') : null,
    props: p.props,
    loc: locate(field, value.slice(p.start, end), p.start),
  };
  if (p.methodVersion !== null) result.methodVersion = p.methodVersion;
  return result;
}

/** Reads the ARC `i=N;` prefix; returns the instance or null (with a warning) when missing. */
function readArcInstance(c: Cursor, field: HeaderField, warnings: WarningSink): number | null {
  c.skipCfws();
  const save = c.pos;
  const key = c.readWord(KEY_STOPS);
  c.skipCfws();
  if (key.toLowerCase() === 'i' && c.peek() === '=') {
    c.pos++;
    c.skipCfws();
    const n = c.readWord(KEY_STOPS);
    c.skipCfws();
    if (c.peek() === ';') c.pos++;
    if (DIGITS.test(n) && n.length <= 3) return Number(n);
    warnings.add(field.name, field.line, `ARC instance "i=${truncate(n)}" is not a number`);
    return null;
  }
  c.pos = save;
  warnings.add(field.name, field.line, 'ARC-Authentication-Results without the "i=" instance');
  return null;
}

/**
 * Parses an Authentication-Results value, or an ARC-Authentication-Results value when `arc` is set
 * (then the `i=N;` prefix comes first).
 */
export function parseAuthenticationResults(
  written: HeaderField,
  warnings: WarningSink,
  arc = false,
): AuthenticationResults {
  const field = decodedField(written);
  const value = field.value;
  const c = new Cursor(value);
  const out: AuthenticationResults = {
    authservId: null,
    version: null,
    instance: null,
    none: false,
    results: [],
    loc: locateField(field),
  };
  if (arc) out.instance = readArcInstance(c, field, warnings);

  // authserv-id: absent when the value starts with `method=` (Exchange Online) or with ';'.
  c.skipCfws();
  if (!c.done && c.peek() !== ';' && !looksLikeAssignment(c)) {
    out.authservId = c.readValue(';');
    if (out.authservId.length === 0) c.pos++;
    c.skipCfws();
    if (!c.done && c.peek() !== ';' && !looksLikeAssignment(c)) {
      const save = c.pos;
      const version = c.readWord(';');
      if (DIGITS.test(version)) out.version = version;
      else c.pos = save;
    }
  }

  let pending: PendingResult | null = null;
  let pendingEnd = 0;
  const flush = (): void => {
    if (pending) out.results.push(finishResult(field, value, pending, pendingEnd));
    pending = null;
  };

  while (!c.done) {
    c.skipCfws();
    if (c.done) break;
    const ch = c.peek();
    if (ch === ';') {
      c.pos++;
      continue;
    }
    const tokenStart = c.pos;
    if (looksLikeAssignment(c)) {
      flush();
      if (out.results.length >= MAX_RESULTS) {
        warnings.add(
          field.name,
          lineOf(field, tokenStart),
          `More than ${MAX_RESULTS} results in one field: the rest is not read`,
        );
        break;
      }
      pending = parseResinfo(c, field, warnings);
      pendingEnd = trimmedEnd(value, c.pos);
      continue;
    }
    // `; none` (RFC 8601 no-result), or a stray token between results (Microsoft's `; contoso.com;`).
    const word = c.readValue(';');
    if (word.length === 0) c.pos++; // stray ')' etc.: always make progress
    if (word.toLowerCase() === 'none' && out.results.length === 0 && pending === null) {
      out.none = true;
      continue;
    }
    c.skipCfws();
    if (!c.done && c.peek() !== ';' && !looksLikeAssignment(c)) {
      // More than one bare token: not the known stray-domain quirk, so say it was skipped.
      const rest = c.skipPast(';');
      warnings.add(
        field.name,
        lineOf(field, tokenStart),
        `Unreadable text "${truncate(collapseWhitespace(word + ' ' + rest))}" skipped`,
      );
    } else if (!looksLikeDomain(word)) {
      warnings.add(field.name, lineOf(field, tokenStart), `Unexpected token "${truncate(word)}" skipped`);
    }
  }
  flush();
  for (const p of c.problems) warnings.add(field.name, lineOf(field, p.offset), p.message);
  if (out.results.length === 0 && !out.none) {
    warnings.add(field.name, field.line, 'No method=result found in this field');
  }
  return out;
}

/** A value that starts with an RFC 2047 encoded word: `=?charset?B|Q?`. */
const ENCODED_START = /^=\?[^?\s]{1,40}\?[BbQq]\?/;

/**
 * Exchange Online writes the whole value as RFC 2047 encoded words when header.from is not ASCII
 * (`=?utf-8?B?c3BmPW5vbmUg…?=`), which RFC 8601 does not allow but real mail carries. Decoded, the value
 * is an ordinary one; its offsets no longer match the folded lines, so every part of it is located on
 * the first line that holds the value.
 */
function decodedField(field: HeaderField): HeaderField {
  if (!ENCODED_START.test(field.value)) return field;
  const value = decodeEncodedWords(field.value);
  if (value === field.value) return field;
  return { ...field, line: lineOf(field, 0), value, foldOffsets: [], foldLines: [] };
}

/** Offset just after the last non-whitespace character before `end`. */
function trimmedEnd(text: string, end: number): number {
  let e = end;
  while (e > 0 && /\s/.test(text.charAt(e - 1))) e--;
  return e;
}

/** A stray token Microsoft writes between results: a domain name (or empty). */
function looksLikeDomain(word: string): boolean {
  return word.length === 0 || /^[A-Za-z0-9_-]+(\.[A-Za-z0-9_-]+)*\.?$/.test(word);
}
