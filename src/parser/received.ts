import { Cursor } from './cursor';
import { EMBEDDED_ISO_DATE, parseRfc5322Date } from './date';
import { lineOf, locateField } from './fields';
import { asIp } from './ip';
import type { HeaderField, ReceivedHop } from './types';
import type { WarningSink } from './warnings';

/** Received clause keywords (RFC 5321 §4.4: from, by, via, with, id, for). */
const CLAUSES = new Set(['from', 'by', 'via', 'with', 'id', 'for']);
type Clause = 'from' | 'by' | 'via' | 'with' | 'id' | 'for';
/** Words kept per clause: one name, or a few for `with Microsoft SMTP Server`; the rest is noise. */
const MAX_CLAUSE_WORDS = 8;

/**
 * The connecting IP of the `from` clause: "[192.0.2.1]" in the TCP-info comment, a bare IP comment as
 * Exchange writes it "(2603:10a6:208:aa::12)", or an address literal as the from name itself.
 */
function fromIpOf(fromName: string | null, fromComment: string | null): string | null {
  if (fromComment) {
    const open = fromComment.indexOf('[');
    const close = open >= 0 ? fromComment.indexOf(']', open) : -1;
    if (open >= 0 && close > open) {
      const ip = asIp(fromComment.slice(open + 1, close));
      if (ip) return ip;
    }
    for (const word of fromComment.split(/[\s()]+/)) {
      const ip = asIp(word);
      if (ip) return ip;
    }
  }
  if (fromName && fromName.startsWith('[') && fromName.endsWith(']')) return asIp(fromName.slice(1, -1));
  return fromName ? asIp(fromName) : null;
}

/** One Received header: clauses before the last top-level ';', the date after it. */
export function parseReceived(field: HeaderField, warnings: WarningSink): ReceivedHop {
  const c = new Cursor(field.value);
  const words: Record<Clause, string[]> = { from: [], by: [], via: [], with: [], id: [], for: [] };
  let clause: Clause | null = null;
  let fromComment: string | null = null;
  let dateStart = -1;
  const comments: string[] = [];
  while (!c.done) {
    // Only the first comment of the from clause is kept (its TCP info holds the connecting IP).
    const wantComment = clause === 'from' && fromComment === null;
    c.skipCfws(wantComment ? comments : undefined);
    if (wantComment && comments.length > 0) fromComment = comments[0];
    if (c.done) break;
    if (c.peek() === ';') {
      c.pos++;
      dateStart = c.pos;
      clause = null;
      continue;
    }
    const word = c.peek() === '"' ? c.readQuoted() : c.readWord(';');
    if (word.length === 0) {
      c.pos++; // stray ')': always make progress
      continue;
    }
    if (dateStart >= 0) continue; // part of the date; read below from the text after the last ';'
    const lower = word.toLowerCase();
    if (CLAUSES.has(lower)) clause = lower as Clause;
    else if (clause && words[clause].length < MAX_CLAUSE_WORDS) words[clause].push(word);
  }
  for (const p of c.problems) warnings.add(field.name, lineOf(field, p.offset), p.message);

  let date: string | null = null;
  const embedded = dateStart < 0 ? EMBEDDED_ISO_DATE.exec(field.value) : null;
  if (embedded) date = parseRfc5322Date(embedded[0].trim()).iso;
  if (dateStart < 0 && date === null) {
    warnings.add(field.name, field.line, 'Received header without "; date"');
  } else if (dateStart >= 0) {
    const reading = parseRfc5322Date(field.value.slice(dateStart));
    date = reading.iso;
    if (reading.problem) warnings.add(field.name, lineOf(field, dateStart), reading.problem);
  }
  const first = (clause: Clause): string | null => words[clause][0] ?? null;
  const forAddress = first('for');
  const from = first('from');
  return {
    from,
    by: first('by'),
    with: words.with.length > 0 ? words.with.join(' ') : null,
    id: first('id'),
    for: forAddress === null ? null : forAddress.replace(/^<|>$/g, ''),
    date,
    delaySeconds: null,
    fromIp: fromIpOf(from, fromComment),
    loc: locateField(field),
  };
}

/** Hops read top-most first → the order they happened (oldest first), with the delay between them. */
export function orderHops(topMostFirst: ReceivedHop[]): ReceivedHop[] {
  const hops = [...topMostFirst].reverse();
  const times = hops.map((h) => (h.date === null ? null : Date.parse(h.date)));
  for (let i = 1; i < hops.length; i++) {
    const before = times[i - 1];
    const after = times[i];
    if (before !== null && after !== null) hops[i].delaySeconds = Math.round((after - before) / 1000);
  }
  return hops;
}
