import { Cursor, wordStops } from './cursor';
import { EMBEDDED_ISO_DATE, parseRfc5322Date } from './date';
import { lineOf, locateField } from './fields';
import { asIp } from './ip';
import type { HeaderField, ReceivedHop } from './types';
import type { WarningSink } from './warnings';

/** A word of a clause ends at whitespace, a comment, a quote or the ';' before the date. */
const WORD_STOPS = wordStops(';');

/** Received clause keywords (RFC 5321 §4.4: from, by, via, with, id, for). */
type Clause = 'from' | 'by' | 'via' | 'with' | 'id' | 'for';

/**
 * The clause a word opens, or null. Only words of two to four letters are lower-cased and compared: the
 * long ones (queue ids, host names) are most of a field's words.
 */
function clauseOf(word: string): Clause | null {
  if (word.length < 2 || word.length > 4) return null;
  switch (word.toLowerCase()) {
    case 'from':
      return 'from';
    case 'by':
      return 'by';
    case 'via':
      return 'via';
    case 'with':
      return 'with';
    case 'id':
      return 'id';
    case 'for':
      return 'for';
    default:
      return null;
  }
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

/**
 * The connecting IP of the `from` clause: in its comments ("[192.0.2.1]" TCP info, Exchange's bare
 * "(2603:10a6:208:aa::12)", qmail's "(HELO x) (192.0.2.1)" where the address is the second comment),
 * else in its words (an address literal as the name, a bare "[192.0.2.1]" after the host, "ip:port").
 */
function fromIpOf(fromWords: string[], fromComments: string[]): string | null {
  for (const comment of fromComments) {
    const ip = ipIn(withoutHelo(comment));
    if (ip) return ip;
  }
  for (const word of fromWords) {
    const ip = ipIn(word);
    if (ip) return ip;
  }
  return null;
}

/** A hop with the instant of its date (ms since 1970, UTC), for the delays between hops. */
export interface TimedHop {
  hop: ReceivedHop;
  time: number | null;
}

/** One Received header: clauses before the last top-level ';', the date after it. */
export function parseReceived(field: HeaderField, warnings: WarningSink): TimedHop {
  const c = new Cursor(field.value);
  // Only what the hop keeps: the from clause's words (the IP may be among them), the with clause joined,
  // the first word of by, id and for; via's are dropped.
  const fromWords: string[] = [];
  let withWords: string | null = null;
  let withCount = 0;
  let by: string | null = null;
  let id: string | null = null;
  let forWord: string | null = null;
  let clause: Clause | null = null;
  let dateStart = -1;
  const fromComments: string[] = [];
  while (!c.done) {
    const wantComment = clause === 'from' && fromComments.length < MAX_FROM_COMMENTS;
    c.skipCfws(wantComment ? fromComments : undefined);
    if (c.done) break;
    if (c.peek() === ';') {
      c.pos++;
      dateStart = c.pos;
      clause = null;
      continue;
    }
    if (dateStart >= 0) {
      // Part of the date, read below from the text after the last ';': only a later ';' matters here.
      const empty = c.peek() === '"' ? c.readQuoted().length === 0 : !c.skipWord(WORD_STOPS);
      if (empty) c.pos++; // as for an empty clause word below
      continue;
    }
    const word = c.peek() === '"' ? c.readQuoted() : c.readWord(WORD_STOPS);
    if (word.length === 0) {
      c.pos++; // stray ')': always make progress
      continue;
    }
    const opened = clauseOf(word);
    if (opened) clause = opened;
    else if (clause === 'from') {
      if (fromWords.length < MAX_CLAUSE_WORDS) fromWords.push(word);
    } else if (clause === 'with') {
      if (withCount++ < MAX_CLAUSE_WORDS) withWords = withWords === null ? word : `${withWords} ${word}`;
    } else if (clause === 'by') by ??= word;
    else if (clause === 'id') id ??= word;
    else if (clause === 'for') forWord ??= word;
  }
  for (const p of c.problems) warnings.add(field.name, lineOf(field, p.offset), p.message);

  let date: string | null = null;
  let time: number | null = null;
  const embedded = dateStart < 0 ? EMBEDDED_ISO_DATE.exec(field.value) : null;
  if (dateStart < 0 && !embedded) {
    warnings.add(field.name, field.line, 'Received header without "; date"');
  } else {
    const at = embedded ? embedded.index : dateStart;
    const reading = parseRfc5322Date(embedded ? embedded[0].trim() : field.value.slice(dateStart));
    ({ iso: date, time } = reading);
    if (reading.problem) warnings.add(field.name, lineOf(field, at), reading.problem);
  }
  const hop: ReceivedHop = {
    from: fromWords.length > 0 ? fromWords[0] : null,
    by,
    with: withWords,
    id,
    for: forWord === null ? null : forWord.replace(/^<|>$/g, ''),
    date,
    delaySeconds: null,
    fromIp: fromIpOf(
      fromWords,
      fromComments.length > MAX_FROM_COMMENTS ? fromComments.slice(0, MAX_FROM_COMMENTS) : fromComments,
    ),
    loc: locateField(field),
  };
  return { hop, time };
}

/** Hops read top-most first → the order they happened (oldest first), with the delay between them. */
export function orderHops(topMostFirst: TimedHop[]): ReceivedHop[] {
  const timed = [...topMostFirst].reverse();
  for (let i = 1; i < timed.length; i++) {
    const before = timed[i - 1].time;
    const after = timed[i].time;
    if (before !== null && after !== null) timed[i].hop.delaySeconds = Math.round((after - before) / 1000);
  }
  return timed.map((t) => t.hop);
}
