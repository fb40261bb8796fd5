/**
 * Fix steps split into prose and copyable code, shared by the reports and the pane (own module, so the
 * pane's first load does not pull in the rest of the report helpers).
 */

/** A piece of a fix step: words to wrap, or a DNS record / PowerShell line that must stay whole. */
export interface FixSegment {
  kind: 'prose' | 'code';
  text: string;
}

const CMDLET_VERBS =
  'Get|Set|New|Remove|Add|Enable|Disable|Connect|Disconnect|Test|Start|Stop|Update|Install|Import|Export|Invoke|Resolve';
const CMDLET = new RegExp(`^(?:${CMDLET_VERBS})-[A-Z][A-Za-z]{2,}$`);
const TXT_RECORD_VALUE = /^["']?v=(?:spf1|DMARC1|DKIM1)\b/i;
const RECORD_TYPES = new Set(['TXT', 'CNAME', 'MX', 'A', 'AAAA']);

/**
 * Splits a fix step into prose and the code it carries. Code is what the reader copies (a DNS record,
 * a PowerShell line): the reports never wrap it. Backtick spans mark code explicitly; without them, code
 * starts at a PowerShell cmdlet, at an SPF/DMARC/DKIM record value or at "name TXT|CNAME|MX …". A record
 * whose value is quoted ends at the closing quote; otherwise code runs to the end of the step, less a
 * final full stop or a closing parenthesis that belong to the sentence around it.
 */
export function splitFixStep(step: string): FixSegment[] {
  if (step.includes('`')) return splitBacktickSpans(step);
  const tokens = [...step.matchAll(/\S+/g)];
  for (let index = 0; index < tokens.length; index++) {
    const kind = codeKind(tokens[index][0], tokens[index + 1]?.[0], tokens[index + 2]?.[0]);
    if (kind !== null) return splitAt(step, tokens[index].index ?? 0, kind);
  }
  return [{ kind: 'prose', text: step.trim() }];
}

function splitAt(step: string, offset: number, kind: CodeKind): FixSegment[] {
  const rest = step.slice(offset);
  const length = kind === 'record' ? quotedRecordLength(rest) : rest.length;
  const code = trimSentencePunctuation(rest.slice(0, length).trim());
  const before = step.slice(0, offset).trim();
  const after = step
    .slice(offset + code.length)
    .replace(/^[\s,;]+/, '')
    .trim();
  // What is left may be only the sentence's closing punctuation, already implied by the line break.
  const afterText = /^[\s.,;:)]*$/.test(after) ? '' : after;
  const segments: FixSegment[] = [];
  if (before) segments.push({ kind: 'prose', text: before });
  segments.push({ kind: 'code', text: code });
  if (afterText) segments.push({ kind: 'prose', text: afterText });
  return segments;
}

type CodeKind = 'cmdlet' | 'record';

function codeKind(token: string, next: string | undefined, afterNext: string | undefined): CodeKind | null {
  if (CMDLET.test(token)) return 'cmdlet';
  if (TXT_RECORD_VALUE.test(token)) return 'record';
  if (!token.includes('.') || next === undefined) return null;
  const type = next === 'IN' ? afterNext : next;
  return type !== undefined && RECORD_TYPES.has(type) ? 'record' : null;
}

/** Up to the closing quote of the record's quoted value, or everything when it is not quoted. */
function quotedRecordLength(rest: string): number {
  const open = rest.indexOf('"');
  const close = open === -1 ? -1 : rest.indexOf('"', open + 1);
  return close === -1 ? rest.length : close + 1;
}

/** Drops a final full stop and closing parentheses that have no opening one inside the code. */
function trimSentencePunctuation(code: string): string {
  let trimmed = code.replace(/(\S)\.$/, '$1');
  const count = (char: string): number => trimmed.split(char).length - 1;
  while (trimmed.endsWith(')') && count(')') > count('(')) trimmed = trimmed.slice(0, -1).trimEnd();
  return trimmed.replace(/(\S)\.$/, '$1');
}

function splitBacktickSpans(step: string): FixSegment[] {
  const segments: FixSegment[] = [];
  const parts = step.split('`');
  // An odd number of backticks leaves the last span unclosed: it is prose, not code.
  const closed = parts.length % 2 === 1 ? parts.length : parts.length - 1;
  parts.forEach((part, index) => {
    const isCode = index % 2 === 1 && index < closed;
    const text = isCode ? part : (index === closed ? '`' : '') + part;
    if (text.trim() !== '') segments.push({ kind: isCode ? 'code' : 'prose', text: text.trim() });
  });
  return segments;
}
