import { Cursor, wordStops } from './cursor';
import { collapseWhitespace, lineOf, locate, locateField } from './fields';
import type { AuthMethodResult, AuthenticationResults, HeaderField } from './types';
import { createRecord } from './record';
import { skipSeparatorRun } from './separators';
import { decodeEncodedWords } from './encoded-words';
import { normaliseResult } from './result-words';
import { commentTags, statedIp } from './comment-facts';
import { unbracketed } from './addresses';
import type { AlignmentTag, DmarcResultFacts, SpfResultFacts } from './types';
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
const KEY_STOPS = wordStops(';=/.');
/** Characters that end a result or property value (values may contain '=', '/', '.' and '@'). */
const VALUE_STOPS = wordStops(';');

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
  /** A `ptype.property=value` (or legacy `from=`) standing where a method should: no result of its own. */
  loose: boolean;
  method: string;
  methodVersion: string | null;
  result: string;
  reason: string | null;
  comments: string[];
  props: Record<string, string>;
}

/**
 * Looks ahead (without moving) to tell whether a method or key starts here: a name as `readKey` reads
 * it, followed by [CFWS] '='.
 */
function looksLikeAssignment(c: Cursor): boolean {
  const save = c.pos;
  const ok = skipKey(c) && c.peek() === '=';
  c.pos = save;
  return ok;
}

/**
 * Moves past a name as `readKey` reads it, by index only (the look-ahead runs before tokens, so a flood
 * of stray tokens would otherwise build and lower-case each one), and tells whether the name `readKey`
 * would return is non-empty: its first word is, or a '.' part adds to it.
 */
function skipKey(c: Cursor): boolean {
  let named = c.skipWord(KEY_STOPS);
  c.skipCfws();
  for (let ch = c.peek(); (ch === '.' || ch === '/') && !c.done; ch = c.peek()) {
    c.pos++;
    c.skipCfws();
    c.skipWord(KEY_STOPS);
    if (ch === '.') named = true;
    c.skipCfws();
  }
  return named;
}

/**
 * Reads a name and stops at its '=' when `key=` starts here, its comments added to `comments`; else
 * leaves the cursor where it was and returns null. The look-ahead by index decides first: most tokens
 * that reach here in a flood are no assignment, and building and lower-casing each would be wasted.
 */
function readAssignment(c: Cursor, comments: string[]): { key: string; version: string | null } | null {
  if (!looksLikeAssignment(c)) return null;
  return readKey(c, comments);
}

/** Moves past the value `readValue(VALUE_STOPS)` would read, without building it; true when it is non-empty. */
function skipValue(c: Cursor): boolean {
  return c.peek() === '"' ? skipQuoted(c) : c.skipWord(VALUE_STOPS);
}

/**
 * Moves past the quoted string at '"' as `readQuoted` does, without building its content (a flood of
 * stray quoted tokens would copy each one); true when that content is non-empty: every character
 * between the quotes yields one. An unterminated string is left to `readQuoted`, which reports it.
 */
function skipQuoted(c: Cursor): boolean {
  const s = c.text;
  const open = c.pos;
  for (let i = open + 1; i < s.length; i++) {
    const code = s.charCodeAt(i);
    if (code === 92 /* \ */) {
      i++;
    } else if (code === 34 /* " */) {
      c.pos = i + 1;
      return i > open + 1;
    }
  }
  return c.readQuoted().length > 0;
}

/** The warning for a token skipped at `offset`: the token is read again, as `readValue` read it, only here. */
function unexpectedToken(field: HeaderField, offset: number): string {
  const c = new Cursor(field.value);
  c.pos = offset;
  return `Unexpected token "${truncate(c.readValue(VALUE_STOPS))}" skipped`;
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

/**
 * Parses one resinfo whose method (read at `start`, with `comments` met so far) readAssignment read:
 * `method[/version]=result [reason=…] [props…]`. Leaves the cursor at the ';' that ends it (or at the
 * end of the value).
 */
function parseResinfo(
  c: Cursor,
  field: HeaderField,
  warnings: WarningSink,
  start: number,
  { key: method, version: methodVersion }: { key: string; version: string | null },
  comments: string[],
): PendingResult {
  c.pos++; // the '=' readAssignment stopped at
  // `dkim= header.d=…` (an empty result): the next word is the first property, not the result.
  const result = readPropertyValue(c, comments);
  const loose = isLooseProperty(method);
  const pending: PendingResult = {
    start,
    loose,
    method,
    methodVersion,
    result,
    reason: null,
    comments,
    props: createRecord(),
  };
  if (!loose && !KEYWORD.test(method)) {
    warnings.addAt(field, start, () => `Unusual method name "${method}"`);
  }
  if (!loose && result.length === 0) {
    warnings.addAt(field, start, () => `No result after "${method}="`);
  }

  while (!c.done) {
    c.skipCfws(comments);
    if (c.done || c.peek() === ';') break;
    const keyStart = c.pos;
    const assignment = readAssignment(c, comments);
    if (!assignment) {
      // A token that is not key=value inside a resinfo (e.g. a stray word): skip it.
      if (!skipValue(c)) c.pos++; // a stray ')' or similar: always make progress
      warnings.addAt(field, keyStart, unexpectedToken);
      continue;
    }
    const { key } = assignment;
    c.pos++; // '='

    const value = readPropertyValue(c, comments);
    if (key === 'reason') {
      if (pending.reason === null) pending.reason = value;
    } else if (pending.props[key] === undefined) {
      // Values are strings: `=== undefined` asks what `in` would, without V8's slow path for `in` with a
      // key cut from the text.
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
  const word = normaliseResult(p.method, p.result);
  const result: AuthMethodResult = {
    method: p.method,
    result: word.result,
    reason: p.reason,
    comment: p.comments.length > 0 ? p.comments.join(' ') : null,
    props: p.props,
    loc: locate(field, value.slice(p.start, end), p.start),
  };
  if (word.rawResult !== undefined) result.rawResult = word.rawResult;
  if (result.method === 'spf') result.spf = spfFacts(result);
  if (result.method === 'dmarc') result.dmarc = dmarcFacts(result);
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
    out.authservId = c.readValue(VALUE_STOPS);
    if (out.authservId.length === 0) c.pos++;
    c.skipCfws();
    if (!c.done && c.peek() !== ';' && !looksLikeAssignment(c)) {
      const save = c.pos;
      const version = c.readWord(VALUE_STOPS);
      if (DIGITS.test(version)) out.version = version;
      else c.pos = save;
    }
  }

  let pending: PendingResult | null = null;
  let pendingEnd = 0;
  // Yahoo's legacy order puts properties in a segment of their own, before the method they describe
  // (`header.i=@d header.s=s1; dkim=pass (ok)`, `from=d; domainkeys=pass`) or after the last one
  // (`dkim=pass (ok); header.i=@d`): they join the next result, or the last one when none follows.
  let loose: Record<string, string> | null = null;
  const flush = (): void => {
    const p: PendingResult | null = pending;
    pending = null;
    if (!p) return;
    if (p.loose) {
      loose = mergeProps(loose ?? createRecord(), looseProps(p));
      return;
    }
    const done = finishResult(field, value, p, pendingEnd);
    if (loose) mergeProps(done.props, loose);
    loose = null;
    out.results.push(done);
  };

  while (!c.done) {
    skipSeparatorRun(c);
    c.skipCfws();
    if (c.done) break;
    const ch = c.peek();
    if (ch === ';') {
      c.pos++;
      continue;
    }
    const tokenStart = c.pos;
    const comments: string[] = [];
    const method = readAssignment(c, comments);
    if (method) {
      flush();
      if (out.results.length >= MAX_RESULTS) {
        warnings.addAt(
          field,
          tokenStart,
          `More than ${MAX_RESULTS} results in one field: the rest is not read`,
        );
        break;
      }
      pending = parseResinfo(c, field, warnings, tokenStart, method, comments);
      pendingEnd = trimmedEnd(value, c.pos);
      continue;
    }
    // `; none` (RFC 8601 no-result), or a stray token between results (Microsoft's `; contoso.com;`).
    const word = c.readValue(VALUE_STOPS);
    if (word.length === 0) c.pos++; // stray ')' etc.: always make progress
    if (word.toLowerCase() === 'none' && out.results.length === 0 && pending === null) {
      out.none = true;
      continue;
    }
    c.skipCfws();
    if (!c.done && c.peek() !== ';' && !looksLikeAssignment(c)) {
      // More than one bare token: not the known stray-domain quirk, so say it was skipped.
      const rest = c.skipPast(';');
      warnings.addAt(
        field,
        tokenStart,
        () => `Unreadable text "${truncate(collapseWhitespace(word + ' ' + rest))}" skipped`,
      );
    } else if (!looksLikeDomain(word)) {
      warnings.addAt(field, tokenStart, () => `Unexpected token "${truncate(word)}" skipped`);
    }
  }
  flush();
  const last = out.results[out.results.length - 1];
  if (loose && last) mergeProps(last.props, loose);
  for (const p of c.problems) warnings.addAt(field, p.offset, p.message);
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

function spfFacts(r: AuthMethodResult): SpfResultFacts {
  const stated = statedIp(r.comment);
  const mailFrom = r.props['smtp.mailfrom'];
  return {
    ip: stated.ip,
    ipStated: stated.stated,
    nullSender: mailFrom !== undefined && unbracketed(mailFrom) === '' && mailFrom.includes('<'),
  };
}

function alignmentTag(value: string | undefined): AlignmentTag | null {
  const v = value?.toLowerCase();
  return v === 'r' ? 'relaxed' : v === 's' ? 'strict' : null;
}

/** Gmail "(p=REJECT sp=REJECT dis=NONE)", Yahoo "(p=REJECT)", Microsoft `action=`; aspf/adkim where shown. */
function dmarcFacts(r: AuthMethodResult): DmarcResultFacts {
  const tags = commentTags(r.comment);
  const lower = (value: string | undefined): string | null => (value ? value.toLowerCase() : null);
  return {
    policy: lower(tags.get('p') ?? r.props['policy.dmarc']),
    disposition: lower(r.props['action'] || tags.get('dis')),
    aspf: alignmentTag(tags.get('aspf') ?? r.props['policy.aspf'] ?? r.props['aspf']),
    adkim: alignmentTag(tags.get('adkim') ?? r.props['policy.adkim'] ?? r.props['adkim']),
  };
}

/** A property name (`header.i`, `smtp.mailfrom`) or Yahoo's legacy `from` where a method should stand. */
function isLooseProperty(key: string): boolean {
  return key === 'from' || key.includes('.');
}

/** The properties a loose segment carries; Yahoo's legacy `from=` is the header.from domain. */
function looseProps(p: PendingResult): Record<string, string> {
  const props = createRecord();
  const key = p.method === 'from' ? 'header.from' : p.method;
  props[key] = key === 'header.s' && p.result.startsWith('@') ? p.result.slice(1) : p.result;
  return mergeProps(props, p.props);
}

/** Adds the keys of `extra` that `target` lacks (the first value of a key wins, as within a result). */
function mergeProps(target: Record<string, string>, extra: Record<string, string>): Record<string, string> {
  for (const key of Object.keys(extra)) if (!(key in target)) target[key] = extra[key];
  return target;
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
