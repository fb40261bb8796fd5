import type { HeaderField, NdrStatus } from './types';

/**
 * Enhanced status codes (RFC 3463: class.subject.detail, class 4 or 5) in NDR text, with the basic SMTP
 * reply code before them when present ("550 5.7.509 Access denied", "Remote Server returned '550 5.7.23
 * …'", "Diagnostic-Code: smtp; 550-5.7.26 …").
 */

/**
 * One enhanced status code. Not preceded by a digit or '.', not followed by '.'+digit or a digit, so
 * version numbers and IP addresses (15.20.1234.5, 10.5.7.23) do not match. Bounded quantifiers only.
 */
const STATUS = /(^|[^0-9.])([45])\.(\d{1,3})\.(\d{1,3})(?![0-9]|\.[0-9])/g;
/** A basic reply code just before the enhanced code: "550 ", "550-", "'550 ", "#550 ". */
const SMTP_BEFORE = /([245]\d\d)[ \t-]{1,3}$/;

/** Header fields whose value is NDR text. */
const NDR_FIELDS = new Set([
  'diagnostic-code',
  'status',
  'x-ms-exchange-message-is-ndr',
  'x-failed-recipients',
]);

/** Signs that a block is a non-delivery report, so that a bare "5.7.1" in its body is a status code. */
function looksLikeNdr(fields: HeaderField[]): boolean {
  for (const f of fields) {
    const v = f.value.toLowerCase();
    if (f.key === 'x-ms-exchange-message-is-ndr') return true;
    if (f.key === 'content-type' && (v.includes('multipart/report') || v.includes('delivery-status')))
      return true;
    if (f.key === 'from' && (v.includes('mailer-daemon') || v.includes('postmaster'))) return true;
    if (
      f.key === 'subject' &&
      /undeliverable|delivery status notification|delivery failure|returned mail|failure notice|mail delivery failed/.test(
        v,
      )
    )
      return true;
  }
  return false;
}

interface Hit {
  code: string;
  smtpCode: string | null;
}

/** Status codes in one logical line of text. */
function codesIn(text: string): Hit[] {
  const hits: Hit[] = [];
  STATUS.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = STATUS.exec(text)) !== null) {
    const codeStart = m.index + m[1].length;
    const before = SMTP_BEFORE.exec(text.slice(Math.max(0, codeStart - 8), codeStart));
    hits.push({ code: `${m[2]}.${Number(m[3])}.${Number(m[4])}`, smtpCode: before ? before[1] : null });
  }
  return hits;
}

/** Quoted-printable residue that would split or hide a code: soft line breaks are joined by the caller. */
function decodeQpSpaces(text: string): string {
  return text.replace(/=(?:20|09)/gi, ' ');
}

/**
 * Finds status codes in NDR header fields and in the body lines. Body lines that end with a
 * quoted-printable soft break ('=') are joined with the next one so a code split across them is found;
 * a hit is reported on the physical line where its logical line starts. Deduplicated by code + line.
 */
export function findNdrStatuses(
  fields: HeaderField[],
  lines: string[],
  bodyStart: number | null,
): NdrStatus[] {
  const out: NdrStatus[] = [];
  const seen = new Set<string>();
  const add = (hit: Hit, header: string, line: number, text: string): void => {
    const key = `${hit.code}\u0000${line}`;
    if (seen.has(key)) return;
    seen.add(key);
    out.push({
      code: hit.code,
      smtpCode: hit.smtpCode,
      loc: { header, line, text: text.trim().slice(0, 300) },
    });
  };

  for (const f of fields) {
    if (!NDR_FIELDS.has(f.key) && !f.key.includes('diagnostic')) continue;
    for (const hit of codesIn(f.value)) add(hit, f.name, f.line, f.value);
  }
  if (bodyStart === null) return out;

  const isNdr = looksLikeNdr(fields);
  let logical = '';
  let logicalStart = bodyStart;
  for (let i = bodyStart; i < lines.length; i++) {
    const line = lines[i];
    if (logical.length === 0) logicalStart = i;
    // Quoted-printable soft line break: the logical line continues on the next physical line. A cap keeps
    // a hostile body of '=' lines from building one huge string.
    if (line.endsWith('=') && logical.length < 4000 && i + 1 < lines.length) {
      logical += line.slice(0, -1);
      continue;
    }
    logical += line;
    const text = decodeQpSpaces(logical);
    for (const hit of codesIn(text)) {
      // A bare "5.7.1" in an ordinary message is likely a version number: only trust it in an NDR, or when
      // an SMTP reply code stands right before it.
      if (isNdr || hit.smtpCode !== null) add(hit, 'body', logicalStart + 1, text);
    }
    logical = '';
  }
  return out;
}
