import { Cursor, wordStops } from './cursor';
import { commonDateFrom, EMBEDDED_ISO_DATE, parseRfc5322Date, parseRfc5322DateFrom } from './date';
import type { DateReading } from './date';
import { lineOf, locateField } from './fields';
import { asIp } from './ip';
import type { HeaderField, ReceivedHop } from './types';
import type { WarningSink } from './warnings';

/** A word of a clause ends at whitespace, a comment, a quote or the ';' before the date. */
const WORD_STOPS = wordStops(';');

/** Received clause keywords (RFC 5321 §4.4: from, by, via, with, id, for). */
type Clause = 'from' | 'by' | 'via' | 'with' | 'id' | 'for';

const CLAUSES: readonly Clause[] = ['from', 'by', 'via', 'with', 'id', 'for'];

/**
 * The clause that the word of `text` from `start` to `end` opens (any case), or null. Compared in place,
 * by char code: most words are host names and queue ids, and none needs a lower-cased copy to tell. No
 * character outside ASCII lower-cases to a letter of these keywords, so this is toLowerCase's answer.
 */
function clauseAt(text: string, start: number, end: number): Clause | null {
  const length = end - start;
  if (length < 2 || length > 4) return null;
  for (const clause of CLAUSES) {
    if (clause.length === length && sameLetters(text, start, clause)) return clause;
  }
  return null;
}

/** `text` at `start` spells the lower-case ASCII `word`, in any case. */
function sameLetters(text: string, start: number, word: string): boolean {
  for (let i = 0; i < word.length; i++) {
    if ((text.charCodeAt(start + i) | 0x20) !== word.charCodeAt(i)) return false;
  }
  return true;
}

/** Words kept per clause: one name, or a few for `with Microsoft SMTP Server`; the rest is noise. */
const MAX_CLAUSE_WORDS = 8;

/** Comments of the from clause looked at for the connecting IP: TCP info, qmail's HELO and IP. */
const MAX_FROM_COMMENTS = 4;

/** `192.0.2.1:25252` (an address with the client's port, as some MTAs write it) → the address. */
function withoutPort(text: string): string {
  const colon = text.indexOf(':');
  return colon > 0 && colon === text.lastIndexOf(':') && /^[0-9]{1,5}$/.test(text.slice(colon + 1))
    ? text.slice(0, colon)
    : text;
}

/** The first address in a text: a bracketed one ("[192.0.2.1]", "[192.0.2.1]:25"), else a whole word. */
function ipIn(text: string): string | null {
  const open = text.indexOf('[');
  const close = open >= 0 ? text.indexOf(']', open) : -1;
  if (open >= 0 && close > open) {
    const ip = asIp(text.slice(open + 1, close));
    if (ip) return ip;
  }
  // Most comments are one word (Exchange's bare "2603:10a6:208:aa::12"): no list of words to build.
  const words = WORD_BREAK.test(text) ? text.split(WORD_BREAKS) : [text];
  for (const word of words) {
    const ip = asIp(withoutPort(word));
    if (ip) return ip;
  }
  return null;
}

const WORD_BREAK = /[\s()[\]]/;
const WORD_BREAKS = /[\s()[\]]+/;

const HELO_LEAD = /^(?:HELO|EHLO) /i;

/**
 * A comment without the HELO name the client gave ("(HELO [192.0.2.9])", Exim's "helo=[192.0.2.9]"):
 * the client chose it, so an address there is a claim, not the connection's.
 */
function withoutHelo(comment: string): string {
  if (HELO_LEAD.test(comment)) return '';
  if (!comment.includes('=')) return comment; // no "helo=" word to drop
  return comment
    .split(/\s+/)
    .filter((word) => !/^(?:helo|ehlo)=/i.test(word))
    .join(' ');
}

/** The angle brackets around a `for` address ("<user@contoso.com>"). */
const ANGLE_BRACKETS = /^<|>$/g;

/**
 * Once the from clause's name and connecting IP and the by clause's name are known, a word read in from,
 * by or via changes nothing: only a later with, id or for clause, a comment, a quoted string or the ';'
 * does, and NEXT_EVENT finds those. (A field with a backslash is read word by word to the end: an escaped
 * "w\ith" is the keyword too.)
 */
function wordsIgnored(
  clause: Clause | null,
  from: string | null,
  by: string | null,
  ip: string | null,
): boolean {
  return (
    from !== null && by !== null && ip !== null && clause !== 'with' && clause !== 'id' && clause !== 'for'
  );
}

/** Where a word of a clause may start or end: next to a character of WORD_STOPS, or the text's edge. */
const WORD_START = String.raw`(?<![^ \t\r\n()";])`;
const WORD_END = String.raw`(?![^ \t\r\n()";])`;

/**
 * The next comment, quoted string, ';' or with / id / for keyword (a whole word, any ASCII case): found by
 * one regex search, not read char by char. Each match is one character (a keyword's first letter, the
 * rest looked at ahead), so `test` and lastIndex - 1 tell where it is, with no match array to allocate.
 */
const NEXT_EVENT = new RegExp(
  String.raw`[(";]|${WORD_START}(?:w(?=ith${WORD_END})|i(?=d${WORD_END})|f(?=or${WORD_END}))`,
  'gi',
);

/**
 * Shortest rest of a field searched by NEXT_EVENT: starting a regex search costs more than reading a usual
 * hop's last hundred characters one by one (measured on the 150-hop block), so those are read as before.
 */
const MIN_SEARCHED = 256;

/** The offset from which the word-by-word reading resumes, once from, by and the IP are known. */
function nextEvent(text: string, from: number): number {
  if (text.length - from < MIN_SEARCHED) return from;
  NEXT_EVENT.lastIndex = from;
  return NEXT_EVENT.test(text) ? NEXT_EVENT.lastIndex - 1 : text.length;
}

/**
 * Events found fewer than CLOSE_EVENTS characters after the search's start (quoted words, small comments
 * close together) are followed by READ_AFTER_CLOSE_EVENTS characters read word by word before the next
 * search: there a search costs more than reading, and at most about a tenth of it this way.
 */
const CLOSE_EVENTS = 16;
const READ_AFTER_CLOSE_EVENTS = 256;

/** Where the next search may start, after one from `from` found its event at `event`. */
function searchAgainFrom(from: number, event: number): number {
  return event - from < CLOSE_EVENTS ? event + READ_AFTER_CLOSE_EVENTS : 0;
}

/** A hop with the instant of its date (ms since 1970, UTC), for the delays between hops. */
export interface TimedHop {
  hop: ReceivedHop;
  time: number | null;
}

/**
 * One Received header: clauses before the last top-level ';', the date after it. The connecting IP of the
 * `from` clause is looked for in its comments ("[192.0.2.1]" TCP info, Exchange's bare
 * "(2603:10a6:208:aa::12)", qmail's "(HELO x) (192.0.2.1)" where the address is the second comment), else
 * in its words (an address literal as the name, a bare "[192.0.2.1]" after the host, "ip:port").
 */
export function parseReceived(field: HeaderField, warnings: WarningSink): TimedHop {
  const value = field.value;
  const c = new Cursor(value);
  // Without a backslash (nearly every field) a word is its span of the value, sliced only when kept;
  // with one, words are read with their escapes resolved.
  const escapes = value.includes('\\');
  // Only what the hop keeps: the from clause's words (the IP may be among them), the with clause joined,
  // the first word of by, id and for; via's are dropped.
  let from: string | null = null;
  let laterFromWords: string[] | null = null;
  let fromCount = 0;
  let withWords: string | null = null;
  let withCount = 0;
  let by: string | null = null;
  let id: string | null = null;
  let forWord: string | null = null;
  let clause: Clause | null = null;
  let dateStart = -1;
  let reading: DateReading | null = null;
  let commentIp: string | null = null;
  let fromComments = 0;
  // Where NEXT_EVENT may be searched from again (searchAgainFrom).
  let searchFrom = 0;
  // The offset is a local, handed to the cursor only for the pieces it reads: a 1 MB field is a million
  // steps of this loop, and each is cheaper on a local than on the cursor's field.
  let i = 0;
  while (i < value.length) {
    const code = value.charCodeAt(i);
    if (code === 32 || code === 9 || code === 10 || code === 13) {
      i++;
      continue;
    }
    if (code === 40 /* ( */) {
      c.pos = i;
      if (clause === 'from' && commentIp === null && fromComments < MAX_FROM_COMMENTS) {
        // Each comment of the from clause is looked at for the IP as it is read, until one gives it.
        const comment = c.readComment();
        if (comment.length > 0) {
          fromComments++;
          commentIp = ipIn(withoutHelo(comment));
        }
      } else {
        c.skipCfws();
      }
      i = c.pos;
      if (dateStart < 0 && i >= searchFrom && !escapes && wordsIgnored(clause, from, by, commentIp)) {
        const event = nextEvent(value, i);
        searchFrom = searchAgainFrom(i, event);
        i = event;
      }
      continue;
    }
    if (code === 59 /* ; */) {
      i++;
      dateStart = i;
      clause = null;
      // Nearly every hop ends in a date of the usual form, which holds no ';', comment or quote: read here,
      // it is the last top-level ';' date, and nothing after it needs reading.
      reading = commonDateFrom(value, i);
      if (reading) break;
      continue;
    }
    c.pos = i;
    if (dateStart >= 0) {
      // Part of the date, read below from the text after the last ';': only a later ';' matters here.
      skipToSemicolon(c);
      i = c.pos;
      continue;
    }
    let text = value;
    let start = i;
    let end: number;
    if (code === 34 || escapes) {
      text = code === 34 ? c.readQuoted() : c.readWord(WORD_STOPS);
      start = 0;
      end = text.length;
    } else {
      c.skipWord(WORD_STOPS);
      end = c.pos;
    }
    i = c.pos;
    if (end === start) {
      i++; // stray ')': always make progress
      continue;
    }
    const opened = clauseAt(text, start, end);
    if (opened) clause = opened;
    else if (clause === 'from') {
      if (fromCount++ < MAX_CLAUSE_WORDS) {
        const word = text.slice(start, end);
        if (from === null) from = word;
        else (laterFromWords ??= []).push(word);
      }
    } else if (clause === 'with') {
      if (withCount++ < MAX_CLAUSE_WORDS) {
        const word = text.slice(start, end);
        withWords = withWords === null ? word : `${withWords} ${word}`;
      }
    } else if (clause === 'by') by ??= text.slice(start, end);
    else if (clause === 'id') id ??= text.slice(start, end);
    else if (clause === 'for') forWord ??= text.slice(start, end);
    if (i >= searchFrom && !escapes && wordsIgnored(clause, from, by, commentIp)) {
      const event = nextEvent(value, i);
      searchFrom = searchAgainFrom(i, event);
      i = event;
    }
  }
  for (const p of c.problems) warnings.add(field.name, lineOf(field, p.offset), p.message);

  let date: string | null = null;
  let time: number | null = null;
  const embedded = dateStart < 0 ? EMBEDDED_ISO_DATE.exec(value) : null;
  if (dateStart < 0 && !embedded) {
    warnings.add(field.name, field.line, 'Received header without "; date"');
  } else {
    const at = embedded ? embedded.index : dateStart;
    reading = embedded
      ? parseRfc5322Date(embedded[0].trim())
      : (reading ?? parseRfc5322DateFrom(value, dateStart));
    ({ iso: date, time } = reading);
    if (reading.problem) warnings.add(field.name, lineOf(field, at), reading.problem);
  }
  const hop: ReceivedHop = {
    from,
    by,
    with: withWords,
    id,
    for: forWord === null ? null : forWord.replace(ANGLE_BRACKETS, ''),
    date,
    delaySeconds: null,
    fromIp: commentIp ?? wordIp(from, laterFromWords),
    loc: locateField(field),
  };
  return { hop, time };
}

/**
 * Moves past date text to the next top-level ';' (or the end) in one pass, as reading it word by word
 * would: a backslash escapes the character after it, comments and quoted strings are skipped whole
 * (reporting an unterminated one), and an empty quoted string takes the character after it along, as an
 * empty clause word does.
 */
function skipToSemicolon(c: Cursor): void {
  const s = c.text;
  let i = c.pos;
  while (i < s.length) {
    const code = s.charCodeAt(i);
    if (code === 59 /* ; */) break;
    if (code === 40 /* ( */ || code === 34 /* " */) {
      c.pos = i;
      if (code === 40) c.skipCfws();
      else if (c.readQuoted().length === 0) c.pos++;
      i = c.pos;
    } else {
      i += code === 92 /* \ */ ? 2 : 1;
    }
  }
  c.pos = Math.min(i, s.length);
}

/** The first address among the from clause's words (kept up to MAX_CLAUSE_WORDS). */
function wordIp(first: string | null, later: string[] | null): string | null {
  if (first === null) return null;
  const ip = ipIn(first);
  if (ip || later === null) return ip;
  for (const word of later) {
    const found = ipIn(word);
    if (found) return found;
  }
  return null;
}

/** Hops read top-most first → the order they happened (oldest first), with the delay between them. */
export function orderHops(topMostFirst: TimedHop[]): ReceivedHop[] {
  const hops: ReceivedHop[] = [];
  for (let i = topMostFirst.length - 1; i >= 0; i--) {
    const { hop } = topMostFirst[i];
    const before = i + 1 < topMostFirst.length ? topMostFirst[i + 1].time : null;
    const after = topMostFirst[i].time;
    if (before !== null && after !== null) hop.delaySeconds = Math.round((after - before) / 1000);
    hops.push(hop);
  }
  return hops;
}
