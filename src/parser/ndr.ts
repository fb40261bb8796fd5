import { decodeBase64Binary, decodedLength } from './base64';
import { statusCodesIn } from './status-code';
import type { HeaderField, NdrStatus } from './types';
import { statusRanges } from './delivery-status';
import { unfolded, type HeaderBlock } from './fields';

/**
 * Enhanced status codes (RFC 3463: class.subject.detail, class 4 or 5) in NDR text, with the basic SMTP
 * reply code before them when present ("550 5.7.509 Access denied", "Remote Server returned '550 5.7.23
 * …'", "Diagnostic-Code: smtp; 550-5.7.26 …").
 */

/** A basic reply code just before the enhanced code: "550 ", "550-", "'550 ", "#550 ". */
const SMTP_BEFORE = /([245]\d\d)[ \t-]{1,3}$/;

/**
 * Statuses kept. A bounce names a code a few times (text part, Status:, Diagnostic-Code:); thousands are
 * hostile input, and scanning stops there.
 */
const MAX_STATUSES = 100;

/** Header fields whose value is NDR text. */
const NDR_FIELDS = new Set([
  'diagnostic-code',
  'status',
  'x-ms-exchange-message-is-ndr',
  'x-failed-recipients',
]);

/** Subjects of non-delivery reports (Exchange, Gmail, Postfix, Exim, qmail). */
const NDR_SUBJECT =
  /undeliverable|delivery status notification|delivery failure|returned mail|failure notice|mail delivery failed/;

/** Signs that a block is a non-delivery report, so that a bare "5.7.1" in its body is a status code. */
export function looksLikeNdr(fields: HeaderField[]): boolean {
  return fields.some((f) => {
    switch (f.key) {
      case 'x-ms-exchange-message-is-ndr':
        return true;
      case 'content-type': {
        const v = f.value.toLowerCase();
        return v.includes('multipart/report') || v.includes('delivery-status');
      }
      case 'from': {
        const v = f.value.toLowerCase();
        return v.includes('mailer-daemon') || v.includes('postmaster');
      }
      case 'subject':
        return NDR_SUBJECT.test(unfolded(f.value).toLowerCase());
      default:
        return false;
    }
  });
}

interface Hit {
  code: string;
  smtpCode: string | null;
}

/** Status codes in one logical line of text. */
function codesIn(text: string): Hit[] {
  const hits: Hit[] = [];
  for (const { code, index } of statusCodesIn(text)) {
    // Class 2 is success: only 4.x.x (transient) and 5.x.x (permanent) report a failed delivery.
    if (code.startsWith('2.')) continue;
    const before = SMTP_BEFORE.exec(text.slice(Math.max(0, index - 8), index));
    hits.push({ code, smtpCode: before ? before[1] : null });
  }
  return hits;
}

/** Quoted-printable residue that would split or hide a code: soft line breaks are joined by the caller. */
function decodeQpSpaces(text: string): string {
  return text.replace(/=(?:20|09)/gi, ' ');
}

/**
 * Finds status codes in NDR header fields and, when the block is a bounce, in its status parts (the
 * delivery-status part and the first human-readable part). Deduplicated by code + line.
 */
export function findNdrStatuses(block: HeaderBlock): NdrStatus[] {
  const { fields, bodyStart } = block;
  const out: NdrStatus[] = [];
  const seen = new Set<string>();
  const add = (hit: Hit, header: string, line: number, text: string): void => {
    const key = `${hit.code}\u0000${line}`;
    if (seen.has(key) || out.length >= MAX_STATUSES) return;
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
  // An ordinary message that quotes "550 5.7.509" was not refused: only a bounce's body states a status,
  // and only in its status parts (see statusRanges).
  if (bodyStart === null || !looksLikeNdr(fields)) return out;
  const scan = (text: string, line: number): void => {
    for (const hit of codesIn(text)) add(hit, 'body', line, text);
  };
  // Only a bounce's body is read line by line: the lines are split here, not for every block.
  const { lines } = block;
  for (const range of statusRanges(fields, lines, bodyStart)) {
    scanRange(lines, range.start, range.end, scan, () => out.length >= MAX_STATUSES);
  }
  return out;
}

/**
 * Searches lines [start, end) for codes. Body lines that end with a quoted-printable soft break ('=')
 * are joined with the next one; a hit is reported on the physical line where its logical line starts.
 */
function scanRange(
  lines: string[],
  start: number,
  end: number,
  scan: (text: string, line: number) => void,
  full: () => boolean,
): void {
  // A minimal walk over the MIME structure: part headers start after a boundary line ("--…") and end at a
  // blank line; a base64 part is decoded before it is searched, any other text is searched line by line.
  let inPartHeaders = false;
  let partIsBase64 = false;
  let logical = '';
  let logicalStart = start;
  for (let i = start; i < end && !full(); i++) {
    const line = lines[i];
    if (line.startsWith('--')) {
      inPartHeaders = true;
      partIsBase64 = false;
    } else if (inPartHeaders) {
      if (line.trim().length === 0) {
        inPartHeaders = false;
        if (partIsBase64) {
          i = scanBase64Part(lines, i + 1, end, scan) - 1;
          partIsBase64 = false;
          continue;
        }
      } else if (/^content-transfer-encoding:\s*base64\s*$/i.test(line)) {
        partIsBase64 = true;
      }
    }
    if (logical.length === 0) logicalStart = i;
    // Quoted-printable soft line break: the logical line continues on the next physical line. A cap keeps
    // a hostile body of '=' lines from building one huge string.
    if (line.endsWith('=') && logical.length < 4000 && i + 1 < end) {
      logical += line.slice(0, -1);
      continue;
    }
    logical += line;
    scan(decodeQpSpaces(logical), logicalStart + 1);
    logical = '';
  }
}

/**
 * Decodes the base64 lines of one MIME part starting at `start` (up to a blank or boundary line) and
 * searches each decoded line, reported on the encoded line it came from. Returns the index after the part.
 */
function scanBase64Part(
  lines: string[],
  start: number,
  limit: number,
  scan: (text: string, line: number) => void,
): number {
  let end = start;
  while (end < limit && lines[end].trim().length > 0 && !lines[end].startsWith('--')) end++;
  // Decoded offset where each encoded line starts, to map a decoded line back to its physical line.
  const starts: number[] = [];
  let offset = 0;
  for (let i = start; i < end; i++) {
    starts.push(offset);
    offset += decodedLength(lines[i]);
  }
  const decoded = decodeBase64Binary(lines.slice(start, end).join(''));
  let lineStart = 0;
  let encodedIndex = 0;
  while (lineStart <= decoded.length) {
    let lineEnd = decoded.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = decoded.length;
    while (encodedIndex + 1 < starts.length && starts[encodedIndex + 1] <= lineStart) encodedIndex++;
    const text = decoded.slice(lineStart, lineEnd).replace(/\r$/, '');
    if (text.length > 0) scan(text, start + encodedIndex + 1);
    lineStart = lineEnd + 1;
  }
  return end;
}
