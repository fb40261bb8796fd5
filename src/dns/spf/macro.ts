/**
 * SPF macro strings (RFC 7208 §7): syntax check and expansion. Written as a scanner rather than a regex
 * because records are published by anyone and read here on the user's machine.
 */
import { type IpAddress, dottedForm, formatIp } from '../ip';

export interface MacroContext {
  /** <sender>: local-part@domain, with "postmaster" when the local-part was empty (§4.3). */
  sender: string;
  /** <domain> of the check_host() call being evaluated. */
  domain: string;
  ip: IpAddress;
  helo: string;
  /** The `p` macro's validated domain name (§7.3); only looked up when a macro asks for it. */
  validatedName(): Promise<string>;
  /** The `r` macro: the checking host's domain. */
  receiver: string;
  /** The `t` macro, seconds since the epoch. */
  timestamp: number;
}

const LETTERS = 'sloidphcrtv';
const EXP_ONLY = 'crt';
const DELIMITERS = '.-+,/_=';

type MacroToken =
  | { kind: 'literal'; text: string }
  | {
      kind: 'macro';
      letter: string;
      upper: boolean;
      digits: number | null;
      reverse: boolean;
      delimiters: string;
    };

/** Splits a macro-string into literals and macros; null when it breaks the grammar. */
export function tokenizeMacroString(text: string, forExplanation: boolean): MacroToken[] | null {
  const tokens: MacroToken[] = [];
  let literal = '';
  let index = 0;
  while (index < text.length) {
    const char = text[index];
    const code = text.charCodeAt(index);
    if (char !== '%') {
      // macro-literal is %x21-24 / %x26-7E; explanations are free text, so spaces are allowed there.
      const allowed = (code >= 0x21 && code <= 0x7e) || (forExplanation && code === 0x20);
      if (!allowed) return null;
      literal += char;
      index++;
      continue;
    }
    const next = text[index + 1];
    if (next === '%' || next === '_' || next === '-') {
      literal += next === '%' ? '%' : next === '_' ? ' ' : '%20';
      index += 2;
      continue;
    }
    if (next !== '{') return null;
    const close = text.indexOf('}', index + 2);
    if (close === -1) return null;
    const body = text.slice(index + 2, close);
    const macro = parseMacroBody(body, forExplanation);
    if (macro === null) return null;
    if (literal !== '') tokens.push({ kind: 'literal', text: literal });
    literal = '';
    tokens.push(macro);
    index = close + 1;
  }
  if (literal !== '') tokens.push({ kind: 'literal', text: literal });
  return tokens;
}

function parseMacroBody(body: string, forExplanation: boolean): MacroToken | null {
  if (body.length === 0) return null;
  const letter = body[0].toLowerCase();
  if (!LETTERS.includes(letter)) return null;
  if (EXP_ONLY.includes(letter) && !forExplanation) return null;
  let index = 1;
  let digitText = '';
  while (index < body.length && body[index] >= '0' && body[index] <= '9') digitText += body[index++];
  let reverse = false;
  if (body[index] === 'r' || body[index] === 'R') {
    reverse = true;
    index++;
  }
  const delimiters = body.slice(index);
  for (const delimiter of delimiters) if (!DELIMITERS.includes(delimiter)) return null;
  const digits = digitText === '' ? null : Number(digitText);
  // A DIGIT transformer must be nonzero (§7.3).
  if (digits === 0) return null;
  return { kind: 'macro', letter, upper: body[0] !== letter, digits, reverse, delimiters };
}

/** Expands a macro-string already accepted by tokenizeMacroString. */
export async function expandTokens(tokens: MacroToken[], context: MacroContext): Promise<string> {
  let out = '';
  for (const token of tokens) {
    if (token.kind === 'literal') {
      out += token.text;
      continue;
    }
    const value = await letterValue(token.letter, context);
    const parts = splitOn(value, token.delimiters === '' ? '.' : token.delimiters);
    if (token.reverse) parts.reverse();
    const kept = token.digits === null ? parts : parts.slice(Math.max(0, parts.length - token.digits));
    const joined = kept.join('.');
    out += token.upper ? urlEscape(joined) : joined;
  }
  return out;
}

async function letterValue(letter: string, context: MacroContext): Promise<string> {
  const at = context.sender.lastIndexOf('@');
  switch (letter) {
    case 's':
      return context.sender;
    case 'l':
      return context.sender.slice(0, at);
    case 'o':
      return context.sender.slice(at + 1);
    case 'd':
      return context.domain;
    case 'i':
      return dottedForm(context.ip);
    case 'p':
      return context.validatedName();
    case 'v':
      return context.ip.version === 4 ? 'in-addr' : 'ip6';
    case 'h':
      return context.helo;
    case 'c':
      return formatIp(context.ip);
    case 'r':
      return context.receiver;
    default:
      return String(context.timestamp);
  }
}

function splitOn(value: string, delimiters: string): string[] {
  const parts: string[] = [];
  let current = '';
  for (const char of value) {
    if (delimiters.includes(char)) {
      parts.push(current);
      current = '';
    } else current += char;
  }
  parts.push(current);
  return parts;
}

/**
 * Uppercase macros are URL-escaped: everything outside RFC 3986's unreserved set (§7.3).
 * encodeURIComponent leaves five more characters alone; they are escaped after it.
 */
function urlEscape(text: string): string {
  let encoded: string;
  try {
    encoded = encodeURIComponent(text);
  } catch {
    // A lone surrogate (malformed input) has no UTF-8 form: such a name can never match, so drop it.
    encoded = encodeURIComponent(text.replace(/[\uD800-\uDFFF]/g, ''));
  }
  let out = '';
  for (const char of encoded) {
    out += "!*'()".includes(char) ? `%${char.charCodeAt(0).toString(16).toUpperCase()}` : char;
  }
  return out;
}

/** A name longer than 253 characters loses labels on the left until it fits (§7.3). */
export function truncateDomain(name: string): string {
  let out = name;
  while (out.length > 253 && out.includes('.')) out = out.slice(out.indexOf('.') + 1);
  return out;
}
