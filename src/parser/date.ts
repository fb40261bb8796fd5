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

/** A date read: its ISO text and its instant. */
interface Instant {
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
  // Date.UTC would silently roll 31 Feb into March (and read years below 100 as 19xx): check first.
  if (year < 1000 || year > 9999 || day < 1 || day > daysIn(year, month)) return null;
  const seconds = Math.min(s, 59);
  const time = Date.UTC(year, month, day, h, m, seconds) - zone * 60000;
  // A time still on the same day once shifted to UTC (nearly all: most are UTC already) is written from
  // its fields, as toISOString would write it; new Date(…).toISOString() costs more than the rest of the read.
  const utcMinutes = h * 60 + m - zone;
  if (utcMinutes >= 0 && utcMinutes < 24 * 60) {
    const hh = two(Math.floor(utcMinutes / 60));
    return {
      iso: `${year}-${two(month + 1)}-${two(day)}T${hh}:${two(utcMinutes % 60)}:${two(seconds)}.000Z`,
      time,
    };
  }
  return { iso: new Date(time).toISOString(), time };
}

/** Two digits, as in an ISO date. */
function two(n: number): string {
  return n < 10 ? `0${n}` : String(n);
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

/** The form nearly every mailer writes: "Mon, 23 Nov 2026 03:00:05 +0000" (one regex, no token list). */
const COMMON_FORM =
  /^(?:[A-Za-z]{3}, ?)?(\d{1,2}) ([A-Za-z]{3}) (\d{4}) (\d{2}):(\d{2}):(\d{2}) ([+-])(\d{2})(\d{2})$/;

/** The common form read, or null to let the general reader below decide (and explain). */
function readCommonForm(text: string): Instant | null {
  const m = COMMON_FORM.exec(text);
  if (!m) return null;
  const month = MONTHS.indexOf(m[2].toLowerCase());
  const h = Number(m[4]);
  const min = Number(m[5]);
  const sec = Number(m[6]);
  const zh = Number(m[8]);
  const zm = Number(m[9]);
  if (month < 0 || h > 23 || min > 59 || sec > 60 || zm > 59) return null;
  const zone = (m[7] === '-' ? -1 : 1) * (zh * 60 + zm);
  return iso(Number(m[3]), month, Number(m[1]), h, min, sec, zone);
}

/** A date that was read, with what it lacked; fields named (an object spread costs more than the read). */
function read(instant: Instant, problem: string | null): DateReading {
  return { iso: instant.iso, time: instant.time, problem };
}

export function parseRfc5322Date(raw: string): DateReading {
  // Long text is no date: bound the work on hostile input.
  if (raw.length > 200) return { iso: null, time: null, problem: 'Date text is too long to be a date' };
  const text = stripComments(raw).trim();
  const common = readCommonForm(text);
  if (common) return read(common, null);
  const isoMatch = ISO_FORM.exec(text);
  if (isoMatch) {
    const zone = isoMatch[7] === undefined ? 0 : zoneOffset(isoMatch[7]);
    const value = iso(
      Number(isoMatch[1]),
      Number(isoMatch[2]) - 1,
      Number(isoMatch[3]),
      Number(isoMatch[4]),
      Number(isoMatch[5]),
      Number(isoMatch[6] ?? 0),
      zone ?? 0,
    );
    return value ? read(value, null) : { iso: null, time: null, problem: `Unreadable date "${raw.trim()}"` };
  }
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
  return read(value, zoneToken === undefined ? `Date "${raw.trim()}" has no time zone: read as UTC` : null);
}
