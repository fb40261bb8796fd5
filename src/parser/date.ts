/**
 * RFC 5322 §3.3 date-time (with the obsolete forms of §4.3: two-digit years, named zones, military
 * zones, comments such as "(PST)") to ISO-8601 UTC. Every part is checked: `Date.parse` alone accepts
 * nonsense and differs between engines. Returns null for anything unreadable.
 */

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const DAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];

/** Obsolete zone names (RFC 5322 §4.3), in minutes east of UTC. */
const NAMED_ZONES = new Map<string, number>([
  ['ut', 0],
  ['utc', 0],
  ['gmt', 0],
  ['z', 0],
  ['est', -300],
  ['edt', -240],
  ['cst', -360],
  ['cdt', -300],
  ['mst', -420],
  ['mdt', -360],
  ['pst', -480],
  ['pdt', -420],
]);

/** The result of reading a date: ISO text and its instant (ms since 1970, UTC), or null with the reason. */
export interface DateReading {
  iso: string | null;
  time: number | null;
  problem: string | null;
}

/** A date read: its ISO text and its instant; its problem is filled in by the reader that has one. */
interface Instant extends DateReading {
  iso: string;
  time: number;
}

/** Removes comments (nesting counted, not recursed) so "(PST)" or "(UTC)" after the zone is ignored. */
function stripComments(text: string): string {
  if (!text.includes('(')) return text;
  let out = '';
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charAt(i);
    if (c === '(') depth++;
    else if (c === ')' && depth > 0) depth--;
    else if (depth === 0) out += c;
  }
  return out;
}

function zoneOffset(token: string | undefined): number | null {
  if (token === undefined) return null;
  const m = /^([+-])(\d{2}):?(\d{2})$/.exec(token);
  if (m) {
    const minutes = Number(m[2]) * 60 + Number(m[3]);
    if (Number(m[3]) > 59) return null;
    return m[1] === '-' ? -minutes : minutes;
  }
  const lower = token.toLowerCase();
  const named = NAMED_ZONES.get(lower);
  if (named !== undefined) return named;
  // Military zones: RFC 5322 §4.3 says their meaning is unreliable and to treat them as +0000; any
  // other alphabetic zone (CEST, ZZZZ) is, by the same section, -0000: a time whose offset is unknown.
  if (/^[a-z]{1,5}$/.test(lower)) return 0;
  return null;
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function daysIn(year: number, month: number): number {
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return month === 1 && leap ? 29 : DAYS_IN_MONTH[month];
}

function iso(
  year: number,
  month: number,
  day: number,
  h: number,
  m: number,
  s: number,
  zone: number,
): Instant | null {
  // The arithmetic below would silently roll 31 Feb into March: check first.
  if (year < 1000 || year > 9999 || day < 1 || day > daysIn(year, month)) return null;
  const seconds = Math.min(s, 59);
  // What Date.UTC(year, month, day, h, m, seconds) gives (24:00, the ISO form's end of a day, rolls
  // over to the next), without the call: Date.UTC is a runtime call slower than the sum.
  const time = (daysSince1970(year, month, day) * 1440 + h * 60 + m - zone) * 60000 + seconds * 1000;
  // A time still on the same day once shifted to UTC (nearly all: most are UTC already) is written from
  // its fields, as toISOString would write it; new Date(…).toISOString() costs more than the rest of the read.
  const utcMinutes = h * 60 + m - zone;
  if (utcMinutes >= 0 && utcMinutes < 24 * 60) {
    const text = isoText(year, month + 1, day, Math.floor(utcMinutes / 60), utcMinutes % 60, seconds);
    return { iso: text, time, problem: null };
  }
  return { iso: new Date(time).toISOString(), time, problem: null };
}

/** The char code of the decimal digit `d` (0–9). */
function digit(d: number): number {
  return 48 + d;
}

/**
 * "YYYY-MM-DDThh:mm:ss.000Z" (`year` of four digits, the rest 0–59) written in one piece: a template
 * literal joins thirteen parts, one string allocated per part, and every hop of a block writes one.
 */
function isoText(year: number, month: number, day: number, h: number, m: number, s: number): string {
  return String.fromCharCode(
    digit(Math.floor(year / 1000)),
    digit(Math.floor(year / 100) % 10),
    digit(Math.floor(year / 10) % 10),
    digit(year % 10),
    45 /* - */,
    digit(Math.floor(month / 10)),
    digit(month % 10),
    45,
    digit(Math.floor(day / 10)),
    digit(day % 10),
    84 /* T */,
    digit(Math.floor(h / 10)),
    digit(h % 10),
    58 /* : */,
    digit(Math.floor(m / 10)),
    digit(m % 10),
    58,
    digit(Math.floor(s / 10)),
    digit(s % 10),
    46 /* . */,
    48,
    48,
    48,
    90 /* Z */,
  );
}

/**
 * Days from 1970-01-01 to a date of the proleptic Gregorian calendar (`month` 0–11), by counting
 * 400-year eras from 1 March 0000 (H. Hinnant's days_from_civil, the algorithm of C++20 <chrono>).
 */
function daysSince1970(year: number, month: number, day: number): number {
  const y = month < 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month < 2 ? month + 10 : month - 2) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
}

/** ISO 8601 as some gateways write it: 2026-11-23T03:00:00Z, with optional fraction and offset. */
const ISO_FORM =
  /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)? ?(Z|[+-]\d{2}:?\d{2})?$/i;

/**
 * The same form inside a longer text, for Received fields that carry no "; date" (SendGrid writes
 * "… id X 2026-11-23 13:00:26.814532121 +0000 UTC m=+2381047.5"). Bounded quantifiers: linear.
 */
export const EMBEDDED_ISO_DATE =
  /\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}:\d{2}(?:\.\d{1,9})? ?(?:Z|[+-]\d{2}:?\d{2})?/i;

/**
 * The value of the `count` ASCII digits at `at`, or -1 when a character there is not one (or the text
 * ends).
 */
function digitsAt(text: string, at: number, count: number): number {
  let value = 0;
  for (let i = at; i < at + count; i++) {
    const c = text.charCodeAt(i);
    if (!(c >= 48 && c <= 57)) return -1;
    value = value * 10 + (c - 48);
  }
  return value;
}

function isAsciiLetter(text: string, at: number): boolean {
  const c = text.charCodeAt(at) | 0x20;
  return c >= 97 && c <= 122;
}

/** The month whose three-letter name (any case) is at `at`, 0–11, or -1; the three are ASCII letters. */
function monthAt(text: string, at: number): number {
  const code =
    ((text.charCodeAt(at) | 0x20) << 16) |
    ((text.charCodeAt(at + 1) | 0x20) << 8) |
    (text.charCodeAt(at + 2) | 0x20);
  return MONTH_CODES.get(code) ?? -1;
}

/**
 * Each month's three lower-case letters packed into one number (a byte each), for monthAt: one lookup
 * instead of comparing the letters with twelve names.
 */
const MONTH_CODES = new Map<number, number>(
  MONTHS.map((name, month) => [
    (name.charCodeAt(0) << 16) | (name.charCodeAt(1) << 8) | name.charCodeAt(2),
    month,
  ]),
);

/**
 * The form nearly every mailer writes, "Mon, 23 Nov 2026 03:00:05 +0000" (day name optional, one-digit
 * day allowed), read by position from `text` between `start` and `end`: a regex match with its ten
 * captured strings cost more than the rest of reading a hop. Null for anything else, to let the general
 * reader below decide (and explain). Every character looked at before the length check lies before the
 * `at + 20` the check then requires, so a reading never depends on text past `end`.
 */
function readCommonForm(text: string, start: number, end: number): Instant | null {
  let at = start;
  if (isAsciiLetter(text, start)) {
    if (
      !isAsciiLetter(text, start + 1) ||
      !isAsciiLetter(text, start + 2) ||
      text.charCodeAt(start + 3) !== 44 /* , */
    )
      return null;
    at = text.charCodeAt(start + 4) === 32 ? start + 5 : start + 4;
  }
  const dayLength = digitsAt(text, at + 1, 1) >= 0 ? 2 : 1;
  const day = digitsAt(text, at, dayLength);
  at += dayLength;
  if (day < 0 || text.charCodeAt(at) !== 32) return null;
  if (!isAsciiLetter(text, at + 1) || !isAsciiLetter(text, at + 2) || !isAsciiLetter(text, at + 3))
    return null;
  const month = monthAt(text, at + 1);
  at += 4;
  // " 2026 03:00:05 +0000" to the end of the text: 20 characters in fixed places.
  if (end !== at + 20) return null;
  const year = digitsAt(text, at + 1, 4);
  const h = digitsAt(text, at + 6, 2);
  const min = digitsAt(text, at + 9, 2);
  const sec = digitsAt(text, at + 12, 2);
  const sign = text.charCodeAt(at + 15);
  const zh = digitsAt(text, at + 16, 2);
  const zm = digitsAt(text, at + 18, 2);
  const layout =
    text.charCodeAt(at) === 32 &&
    text.charCodeAt(at + 5) === 32 &&
    text.charCodeAt(at + 8) === 58 /* : */ &&
    text.charCodeAt(at + 11) === 58 &&
    text.charCodeAt(at + 14) === 32 &&
    (sign === 43 /* + */ || sign === 45); /* - */
  if (!layout || Math.min(year, h, min, sec, zh, zm) < 0) return null;
  if (month < 0 || h > 23 || min > 59 || sec > 60 || zm > 59) return null;
  const zone = (sign === 45 ? -1 : 1) * (zh * 60 + zm);
  return iso(year, month, day, h, min, sec, zone);
}

/**
 * The ISO 8601 form, its parts checked as the RFC 5322 form's are; 24:00:00 (ISO 8601's end of a day)
 * is the next day's start.
 */
function readIsoForm(match: RegExpExecArray, raw: string): DateReading {
  const fail = (why: string): DateReading => ({
    iso: null,
    time: null,
    problem: `Unreadable date "${raw.trim()}": ${why}`,
  });
  const [h, m, s] = [Number(match[4]), Number(match[5]), Number(match[6] ?? 0)];
  const endOfDay = h === 24 && m === 0 && s === 0;
  if (!endOfDay && (h > 23 || m > 59 || s > 60)) return fail('time out of range');
  const zone = match[7] === undefined ? 0 : zoneOffset(match[7]);
  if (zone === null) return fail(`unknown time zone "${match[7]}"`);
  const value = iso(Number(match[1]), Number(match[2]) - 1, Number(match[3]), h, m, s, zone);
  return value ?? fail('no such day');
}

/** Longest text read as a date: long text is no date, and the bound caps the work on hostile input. */
const MAX_DATE_TEXT = 200;

/** Space, tab, CR or LF: the whitespace an unfolded header value holds around its date. */
function isFoldSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 13 || code === 10;
}

/**
 * The date of `text` from `start` to its end when written the usual way (readCommonForm; the whitespace
 * around it ignored), else null: read in place, with no copy of the date text nor of it trimmed.
 */
export function commonDateFrom(text: string, start: number): DateReading | null {
  let end = text.length;
  if (end - start > MAX_DATE_TEXT) return null;
  let first = start;
  while (first < end && isFoldSpace(text.charCodeAt(first))) first++;
  while (end > first && isFoldSpace(text.charCodeAt(end - 1))) end--;
  // A reading starts and ends on a letter or digit and holds no '(': trim() and stripComments() would
  // have left this very range.
  return readCommonForm(text, first, end);
}

/** `parseRfc5322Date(text.slice(start))`, with the common form read in place (commonDateFrom). */
export function parseRfc5322DateFrom(text: string, start: number): DateReading {
  return commonDateFrom(text, start) ?? parseRfc5322Date(start === 0 ? text : text.slice(start));
}

export function parseRfc5322Date(raw: string): DateReading {
  if (raw.length > MAX_DATE_TEXT)
    return { iso: null, time: null, problem: 'Date text is too long to be a date' };
  const text = stripComments(raw).trim();
  const common = readCommonForm(text, 0, text.length);
  if (common) return common;
  const isoMatch = ISO_FORM.exec(text);
  if (isoMatch) return readIsoForm(isoMatch, raw);
  const tokens = text.split(/[\s,]+/).filter((t) => t.length > 0);
  let i = 0;
  if (tokens[i] && DAYS.includes(tokens[i].slice(0, 3).toLowerCase()) && /^[a-z]+\.?$/i.test(tokens[i])) i++;
  const fail = (why: string): DateReading => ({
    iso: null,
    time: null,
    problem: `Unreadable date "${raw.trim()}": ${why}`,
  });

  // asctime form (mbox "From " lines, some Received fields): "Nov 23 03:00:00 2026" → year before time.
  if (/^\d{4}$/.test(tokens[i + 3] ?? '') && (tokens[i + 2] ?? '').includes(':')) {
    [tokens[i + 2], tokens[i + 3]] = [tokens[i + 3], tokens[i + 2]];
  }
  // day month year, or (some mailers) month day year
  let dayToken = tokens[i];
  let monthToken = tokens[i + 1];
  if (dayToken && /^[a-z]/i.test(dayToken)) [dayToken, monthToken] = [monthToken, dayToken];
  if (!dayToken || !/^\d{1,2}$/.test(dayToken)) return fail('no day of month');
  const month = monthToken ? MONTHS.indexOf(monthToken.slice(0, 3).toLowerCase()) : -1;
  if (month < 0) return fail('no month name');
  const yearToken = tokens[i + 2];
  if (!yearToken || !/^\d{2,4}$/.test(yearToken)) return fail('no year');
  let year = Number(yearToken);
  // RFC 5322 §4.3: two-digit years 00-49 are 2000-2049, 50-99 are 1950-1999; three digits add 1900.
  if (yearToken.length === 2) year += year < 50 ? 2000 : 1900;
  else if (yearToken.length === 3) year += 1900;
  const time = /^(\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?$/.exec(tokens[i + 3] ?? '');
  if (!time) return fail('no time of day');
  const [h, m, s] = [Number(time[1]), Number(time[2]), Number(time[3] ?? 0)];
  if (h > 23 || m > 59 || s > 60) return fail('time out of range');
  const day = Number(dayToken);
  const zoneToken = tokens[i + 4];
  const zone = zoneToken === undefined ? 0 : zoneOffset(zoneToken);
  if (zone === null) return fail(`unknown time zone "${zoneToken}"`);
  const value = iso(year, month, day, h, m, s, zone);
  if (!value) return fail('no such day');
  if (zoneToken === undefined) value.problem = `Date "${raw.trim()}" has no time zone: read as UTC`;
  return value;
}
