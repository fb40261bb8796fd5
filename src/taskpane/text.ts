/**
 * Small helpers that turn engine strings into safe, structured pieces for rendering. Everything here
 * returns plain strings: React renders them as text, never as HTML.
 */

/** A reference link only when it is an absolute http(s) URL; anything else (javascript:, data:) is text. */
export function safeHref(url: string): string | null {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.href : null;
  } catch {
    return null;
  }
}

export type StepPart = { kind: 'text'; text: string } | { kind: 'code'; text: string };

/**
 * Where a fix step starts a DNS record or a PowerShell line when the engine did not mark it with
 * backticks: an SPF/DMARC/DKIM record or an Exchange Online cmdlet (Verb-Noun).
 */
const CODE_START =
  /v=spf1\b|v=DMARC1\b|v=DKIM1\b|\b(?:Set|New|Get|Remove|Enable|Disable|Add|Update)-[A-Z][A-Za-z]+\b/;

/**
 * Splits a fix step into prose and copyable code. Backtick spans are code; without them, the step is
 * code from the first record or cmdlet to its end. Linear: one pass over the step.
 */
export function splitFixStep(step: string): StepPart[] {
  if (step.includes('`')) {
    const pieces = step.split('`');
    const parts: StepPart[] = [];
    pieces.forEach((piece, index) => {
      // An unmatched trailing backtick leaves the last piece as prose.
      const isCode = index % 2 === 1 && index < pieces.length - (pieces.length % 2 === 0 ? 1 : 0);
      if (piece !== '') parts.push({ kind: isCode ? 'code' : 'text', text: piece });
    });
    return parts;
  }
  const match = CODE_START.exec(step);
  if (!match) return [{ kind: 'text', text: step }];
  const before = step.slice(0, match.index);
  // A sentence's closing period is not part of the record or command.
  let code = step.slice(match.index).trimEnd();
  if (code.endsWith('.')) code = code.slice(0, -1);
  const after = step.slice(match.index + code.length);
  const parts: StepPart[] = [];
  if (before) parts.push({ kind: 'text', text: before });
  parts.push({ kind: 'code', text: code });
  if (after) parts.push({ kind: 'text', text: after });
  return parts;
}

export function formatDuration(seconds: number): string {
  const sign = seconds < 0 ? '−' : '';
  let rest = Math.abs(Math.round(seconds));
  if (rest < 60) return `${sign}${rest} s`;
  const hours = Math.floor(rest / 3600);
  rest -= hours * 3600;
  const minutes = Math.floor(rest / 60);
  const secs = rest - minutes * 60;
  if (hours > 0) return `${sign}${hours} h ${minutes} min`;
  return `${sign}${minutes} min${secs ? ` ${secs} s` : ''}`;
}
