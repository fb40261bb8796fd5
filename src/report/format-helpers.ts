/**
 * What the text and Markdown reports both need: labels, the protocol table rows, delays, and neutralising
 * of control characters in attacker-controlled header text.
 */
import type {
  AntispamSummary,
  AuthSummary,
  DecodedAntispamField,
  Finding,
  HopSummary,
  MessageSummary,
  Severity,
  Verdict,
} from '../rules/diagnosis';
import { formatDuration } from './duration';
import { arcReported, arcSealFacts } from './arc-facts';

export { formatDuration } from './duration';

export const VERDICT_LABELS: Readonly<Record<Verdict, string>> = {
  pass: 'PASS',
  attention: 'ATTENTION',
  fail: 'FAIL',
  unknown: 'UNKNOWN',
};

const SEVERITY_RANK: Readonly<Record<Severity, number>> = { error: 0, warning: 1, info: 2 };

/** Findings most severe first; the engine already orders them, this keeps the reports right regardless. */
export function bySeverity(findings: Finding[]): Finding[] {
  return [...findings].sort((a, b) => SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity]);
}

export const SEVERITY_LABELS: Readonly<Record<Severity, string>> = {
  error: 'Error',
  warning: 'Warning',
  info: 'Info',
};

/**
 * Characters that must never reach a terminal or a ticket raw: C0 controls (ESC starts terminal escape
 * sequences), DEL, C1 controls (0x9B is a one-byte CSI on some terminals) and the bidirectional overrides
 * that can make a header read differently from what it is ("Trojan Source").
 */
function isDangerousCodePoint(code: number): boolean {
  return (
    code < 0x20 ||
    (code >= 0x7f && code <= 0x9f) ||
    (code >= 0x202a && code <= 0x202e) ||
    (code >= 0x2066 && code <= 0x2069)
  );
}

/** Line breaks and tabs inside a value become spaces: a header value is one logical line once unfolded. */
function isLayoutBreak(code: number): boolean {
  return code === 0x09 || code === 0x0a || code === 0x0d || code === 0x2028 || code === 0x2029;
}

/**
 * Any character the two tests above match (U+2028–U+202E covers both ranges there): a native scan, several
 * times faster than testing each character in JavaScript.
 */
// eslint-disable-next-line no-control-regex -- control characters are what it looks for
const NEEDS_NEUTRALIZING = /[\u0000-\u001f\u007f-\u009f\u2028-\u202e\u2066-\u2069]/;

/**
 * Makes header-derived text safe to print: whitespace controls become a space and every other control
 * character is shown as a visible escape (`\x1B`, `\u202E`) so the reader sees that something was there.
 */
export function neutralizeControls(text: string): string {
  // Most header text has none of them: then the string itself is the answer.
  if (!NEEDS_NEUTRALIZING.test(text)) return text;
  let out = '';
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    if (isLayoutBreak(code)) out += ' ';
    else if (isDangerousCodePoint(code))
      out +=
        code <= 0xff
          ? `\\x${code.toString(16).toUpperCase().padStart(2, '0')}`
          : `\\u${code.toString(16).toUpperCase()}`;
    else out += char;
  }
  return out;
}

/**
 * A deep copy of a JSON-like value with `map` applied to every string in it, keys included: antispam
 * field names come from the header as much as their values do.
 */
export function mapStrings<T>(value: T, map: (text: string) => string): T {
  if (typeof value === 'string') return map(value) as T;
  if (Array.isArray(value)) return value.map((item: unknown) => mapStrings(item, map)) as T;
  if (value !== null && typeof value === 'object') {
    const copy: Record<string, unknown> = {};
    for (const key of Object.keys(value)) {
      const item = mapStrings((value as Record<string, unknown>)[key], map);
      const mapped = map(key);
      // Assigning "__proto__" would set the prototype: defined as data, it stays a plain field.
      if (mapped === '__proto__')
        Object.defineProperty(copy, mapped, {
          value: item,
          enumerable: true,
          writable: true,
          configurable: true,
        });
      else copy[mapped] = item;
    }
    return copy as T;
  }
  return value;
}

function alignmentLabel(aligned: boolean | null): string {
  if (aligned === null) return '-';
  return aligned ? 'aligned' : 'not aligned';
}

/** One row of the protocol table: SPF, each DKIM signature, DMARC, compauth, ARC. */
export interface ProtocolRow {
  protocol: string;
  result: string;
  alignment: string;
  detail: string;
}

const NOT_REPORTED = 'not reported by the receiving server';

export function protocolRows(auth: AuthSummary): ProtocolRow[] {
  const rows: ProtocolRow[] = [];
  const { spf, dkim, dmarc, compauth, arc } = auth;

  rows.push(
    spf
      ? {
          protocol: 'SPF',
          result: spf.result,
          alignment: alignmentLabel(spf.aligned),
          detail: joinParts([
            spf.domain && `MAIL FROM domain ${spf.domain}`,
            spf.ip && `sending IP ${spf.ip}`,
          ]),
        }
      : { protocol: 'SPF', result: '-', alignment: '-', detail: NOT_REPORTED },
  );

  if (dkim.length === 0) rows.push({ protocol: 'DKIM', result: '-', alignment: '-', detail: NOT_REPORTED });
  dkim.forEach((signature, index) =>
    rows.push({
      protocol: dkim.length > 1 ? `DKIM #${index + 1}` : 'DKIM',
      result: signature.result,
      alignment: alignmentLabel(signature.aligned),
      detail: joinParts([
        signature.domain && `signing domain ${signature.domain}`,
        signature.selector && `selector ${signature.selector}`,
        signature.reason,
      ]),
    }),
  );

  rows.push(
    dmarc
      ? {
          protocol: 'DMARC',
          result: dmarc.result,
          alignment: '-',
          detail: joinParts([
            dmarc.fromDomain && `From domain ${dmarc.fromDomain}`,
            dmarc.policy && `policy ${dmarc.policy}`,
            dmarc.action && `action ${dmarc.action}`,
          ]),
        }
      : { protocol: 'DMARC', result: '-', alignment: '-', detail: NOT_REPORTED },
  );

  rows.push(
    compauth
      ? {
          protocol: 'compauth',
          result: compauth.result,
          alignment: '-',
          detail: joinParts([
            compauth.reason ? `reason ${compauth.reason}: ${compauth.meaning}` : compauth.meaning,
            compauth.documented ? null : 'undocumented code: read by its family only',
          ]),
        }
      : { protocol: 'compauth', result: '-', alignment: '-', detail: NOT_REPORTED },
  );

  rows.push(
    arc
      ? {
          protocol: 'ARC',
          result: arcReported(arc) ?? '-',
          alignment: '-',
          detail: joinParts([arc.reported ? null : NOT_REPORTED, ...arcSealFacts(arc)]),
        }
      : { protocol: 'ARC', result: '-', alignment: '-', detail: NOT_REPORTED },
  );
  return rows;
}

function joinParts(parts: Array<string | null | undefined | false | ''>): string {
  const present = parts.filter((part): part is string => typeof part === 'string' && part !== '');
  return present.length > 0 ? present.join('; ') : '-';
}

/** The antispam fields to show: the decoded ones first, then any raw field the engine did not decode. */
export function antispamRows(antispam: AntispamSummary): DecodedAntispamField[] {
  const decodedFields = new Set(antispam.decoded.map((entry) => entry.field));
  const raw: DecodedAntispamField[] = [];
  for (const [field, value] of Object.entries(antispam)) {
    if (field === 'decoded' || decodedFields.has(field) || Array.isArray(value)) continue;
    raw.push({ field, value: String(value), meaning: '' });
  }
  return [...antispam.decoded, ...raw];
}

/** "+42 s", "+3 min 5 s", "+2 h 4 min"; a negative delay is clock skew between two servers. */
export function formatDelay(seconds: number): string {
  if (seconds < 0) return `-${formatDuration(-seconds)} (clock skew between the servers)`;
  return `+${formatDuration(seconds)}`;
}

/** "2024-05-01T10:00:03Z, +3 s": when the hop happened and how long after the previous one. */
export function hopTiming(hop: HopSummary): string {
  const parts = [hop.at, hop.delaySeconds !== null ? formatDelay(hop.delaySeconds) : null];
  return parts.filter((part): part is string => part !== null && part !== '').join(', ');
}

/** The message identity lines worth showing, as [label, value], leaving out what is unknown. */
export function messageRows(message: MessageSummary): Array<[string, string]> {
  const rows: Array<[string, string | null]> = [
    ['From', message.from],
    ['Mail from', message.mailFromDomain],
    ['Subject', message.subject],
    ['Date', message.date],
    ['Message-ID', message.messageId],
  ];
  return rows.filter((row): row is [string, string] => row[1] !== null && row[1] !== '');
}

/** "from a.example by b.example with ESMTPS", leaving out what the Received header did not say. */
export function describeHop(hop: HopSummary): string {
  return (
    [hop.from && `from ${hop.from}`, hop.by && `by ${hop.by}`, hop.with && `with ${hop.with}`]
      .filter((part): part is string => typeof part === 'string' && part !== '')
      .join(' ') || 'unreadable Received header'
  );
}
