import type { HeaderField } from './types';

/** Lines [start, end) of a bounce body that report the delivery status. */
export interface LineRange {
  start: number;
  end: number;
}

/** The boundary parameter of a multipart Content-Type (RFC 2046 §5.1.1), quoted or not. */
const BOUNDARY = /;\s{0,20}boundary\s{0,20}=\s{0,20}(?:"([^"]{1,200})"|([^\s;"]{1,200}))/i;
/** Parts that state the status for machines (RFC 3464, RFC 6533) or for people (any text part). */
const STATUS_PART = /^message\/(?:global-)?delivery-status\b/i;
const TEXT_PART = /^text\//i;

/**
 * Where a non-delivery report states its status: the message/delivery-status part and the first
 * human-readable (text/*) part of a multipart report (RFC 6522 §3), never the returned original
 * (message/rfc822, text/rfc822-headers), whose quoted text may mention any code. A single-part bounce
 * is its own human-readable part, and so is a multipart body whose boundaries are gone. Each range starts at its part's boundary line, so the caller sees the
 * part's own headers (Content-Transfer-Encoding).
 */
export function statusRanges(fields: HeaderField[], lines: string[], bodyStart: number): LineRange[] {
  const type = fields.find((f) => f.key === 'content-type')?.value ?? '';
  const top = boundaryOf(type);
  if (!/^\s*multipart\//i.test(type) || top === null) return [{ start: bodyStart, end: lines.length }];

  const boundaries = new Set([top]);
  const ranges: LineRange[] = [];
  let tookText = false;
  let partStart = -1;
  let partType = '';
  let inHeaders = false;
  let wanted = false;
  const close = (end: number): void => {
    if (partStart >= 0 && wanted) ranges.push({ start: partStart, end });
  };
  for (let i = bodyStart; i < lines.length; i++) {
    const line = lines[i];
    if (line.startsWith('--') && isBoundaryLine(line, boundaries)) {
      close(i);
      partStart = i;
      partType = '';
      inHeaders = true;
      wanted = false;
      continue;
    }
    if (!inHeaders) continue;
    if (line.trim().length === 0) {
      inHeaders = false;
      const nested = /^\s*multipart\//i.test(partType) ? boundaryOf(partType) : null;
      if (nested !== null) boundaries.add(nested);
      else if (STATUS_PART.test(partType.trim())) wanted = true;
      else if (!tookText && TEXT_PART.test(partType.trim()) && !/rfc822-headers/i.test(partType)) {
        wanted = true;
        tookText = true;
      }
    } else if (/^content-type\s*:/i.test(line)) {
      partType = line.slice(line.indexOf(':') + 1);
    } else if (/^\s/.test(line) && partType !== '' && partType.length < 1000) {
      partType += ` ${line.trim()}`;
    }
  }
  close(lines.length);
  // No part boundary at all: the body is a report's text without its MIME structure (Outlook gives a
  // bounce's body as text), which is its human-readable part.
  return partStart < 0 ? [{ start: bodyStart, end: lines.length }] : ranges;
}

function boundaryOf(contentType: string): string | null {
  const m = BOUNDARY.exec(contentType);
  return m ? (m[1] ?? m[2] ?? null) : null;
}

/** "--boundary" or the closing "--boundary--", with trailing whitespace allowed (RFC 2046 §5.1.1). */
function isBoundaryLine(line: string, boundaries: Set<string>): boolean {
  const body = line.slice(2).trimEnd();
  return boundaries.has(body) || (body.endsWith('--') && boundaries.has(body.slice(0, -2)));
}
