/**
 * Escaping for attacker-controlled text placed in Markdown. After escaping, a header value renders as
 * the literal characters it contains: no link, image, raw HTML, emphasis, table cell break or heading,
 * and no autolink either (GitHub and markdown-it's linkify turn bare domains, addresses and URLs into
 * links; they leave code spans alone). Control characters are expected to be neutralised already (see
 * neutralizeControls).
 */

/** ASCII punctuation that starts Markdown/GFM syntax inline (links, images, HTML, entities, code, tables). */
const INLINE_SPECIALS = new Set(['\\', '`', '*', '_', '[', ']', '<', '>', '|', '~', '&', '#', '!', '{', '}']);

function escapeSpecials(text: string): string {
  let out = '';
  for (const char of text) out += INLINE_SPECIALS.has(char) ? `\\${char}` : char;
  return out;
}

/**
 * What an autolinker needs: an "@" (an address), "//" (a URL), "www." (GitHub links "www.123") or a dot
 * before two letters or digits (a domain: no top-level domain is shorter). Broader than any autolinker
 * on purpose, yet "e.g." stays prose.
 */
const LINK_LIKE = /@|\/\/|www\.|\.[\p{L}\p{N}]{2}/iu;

/** Punctuation around a token that belongs to the sentence, kept outside its code span. */
const LEADING_PUNCTUATION = new Set(['(', '[', '<', '"', "'"]);
const TRAILING_PUNCTUATION = new Set([')', ']', '>', '"', "'", '.', ',', ';', ':', '!', '?']);

/** A link-like token in a code span (its sentence punctuation outside); any other token escaped. */
function escapeToken(token: string): string {
  if (!LINK_LIKE.test(token)) return escapeSpecials(token);
  let start = 0;
  let end = token.length;
  while (start < end && LEADING_PUNCTUATION.has(token[start])) start++;
  while (end > start && TRAILING_PUNCTUATION.has(token[end - 1])) end--;
  // None of that punctuation is part of what LINK_LIKE matched, so the core is still link-like.
  return `${escapeSpecials(token.slice(0, start))}${codeSpan(token.slice(start, end))}${escapeSpecials(token.slice(end))}`;
}

/**
 * Escapes text for use inside a paragraph, list item, heading or table cell. Tokens are split at
 * whitespace and at "|", so a code span never holds a "|" that would end a table cell.
 */
export function escapeInline(text: string): string {
  return text
    .split(/([\s|]+)/u)
    .map((part, index) => (index % 2 === 1 ? escapeSpecials(part) : escapeToken(part)))
    .join('');
}

/**
 * Escapes text that starts a block (a paragraph of its own): also neutralises a leading list marker,
 * block quote, thematic break or setext underline.
 */
export function escapeBlock(text: string): string {
  const escaped = escapeInline(text.trim());
  const ordered = /^(\d{1,9})([.)])/.exec(escaped);
  if (ordered) return `${ordered[1]}\\${ordered[2]}${escaped.slice(ordered[0].length)}`;
  return /^[-+=]/.test(escaped) ? `\\${escaped}` : escaped;
}

/** The longest run of backticks in `text` (a code span or fence must be longer to enclose it). */
function longestBacktickRun(text: string): number {
  let longest = 0;
  let run = 0;
  for (const char of text) {
    run = char === '`' ? run + 1 : 0;
    longest = Math.max(longest, run);
  }
  return longest;
}

/** An inline code span that holds `text` literally whatever backticks it contains. */
export function codeSpan(text: string): string {
  const fence = '`'.repeat(longestBacktickRun(text) + 1);
  // A space keeps a leading/trailing backtick from merging with the fence (CommonMark strips one space).
  const pad = text.startsWith('`') || text.endsWith('`') || text.startsWith(' ') ? ' ' : '';
  return `${fence}${pad}${text}${pad}${fence}`;
}

/** A fenced code block (each line prefixed by `indent`) that holds `text` literally. */
export function fencedBlock(text: string, indent = ''): string[] {
  const fence = '`'.repeat(Math.max(3, longestBacktickRun(text) + 1));
  return [`${indent}${fence}`, ...text.split('\n').map((line) => indent + line), `${indent}${fence}`];
}

/** A link when `url` is a plain https URL (our references), otherwise the escaped text. */
export function safeLink(url: string): string {
  return /^https:\/\/[^\s<>`\\]+$/.test(url) ? `<${url}>` : escapeInline(url);
}
