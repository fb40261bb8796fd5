/** SPF record syntax (RFC 7208 §4.5, §4.6, §12): TXT text → directives and modifiers, or why it is invalid. */
import { type IpAddress, parseIpv4, parseIpv6 } from '../ip';
import { tokenizeMacroString } from './macro';

export type Qualifier = '+' | '-' | '~' | '?';

export type Mechanism =
  | { kind: 'all' }
  | { kind: 'include' | 'exists'; domainSpec: string }
  | { kind: 'a' | 'mx'; domainSpec: string | null; cidr4: number; cidr6: number }
  | { kind: 'ptr'; domainSpec: string | null }
  | { kind: 'ip4' | 'ip6'; network: IpAddress; prefix: number };

export interface Directive {
  qualifier: Qualifier;
  mechanism: Mechanism;
  /** The term as published, for reports. */
  text: string;
}

export interface SpfRecord {
  directives: Directive[];
  redirect: string | null;
  exp: string | null;
}

export type ParsedSpf = { ok: true; record: SpfRecord } | { ok: false; error: string };

/** Whether a TXT record is an SPF record: "v=spf1" alone or followed by a space (§4.5). */
export function isSpfRecord(text: string): boolean {
  return text.slice(0, 6).toLowerCase() === 'v=spf1' && (text.length === 6 || text[6] === ' ');
}

export function parseSpfRecord(text: string): ParsedSpf {
  const record: SpfRecord = { directives: [], redirect: null, exp: null };
  for (const term of text.slice(6).split(' ')) {
    if (term === '') continue;
    const nameLength = modifierNameLength(term);
    if (nameLength > 0 && term[nameLength] === '=') {
      const name = term.slice(0, nameLength).toLowerCase();
      const value = term.slice(nameLength + 1);
      if (name === 'redirect' || name === 'exp') {
        if (record[name] !== null) return invalid(`"${name}=" appears twice`);
        if (!isDomainSpec(value)) return invalid(`"${term}" has an invalid domain`);
        record[name] = value;
      } else if (tokenizeMacroString(value, false) === null) {
        return invalid(`"${term}" is not a valid modifier`);
      }
      continue;
    }
    const directive = parseDirective(term);
    if (directive === null) return invalid(`"${term}" is not a valid SPF term`);
    record.directives.push(directive);
  }
  return { ok: true, record };
}

function invalid(error: string): ParsedSpf {
  return { ok: false, error };
}

/** Length of a leading modifier name: ALPHA *( ALPHA / DIGIT / "-" / "_" / "." ); 0 when there is none. */
function modifierNameLength(term: string): number {
  if (!isAlpha(term.charCodeAt(0))) return 0;
  let index = 1;
  while (index < term.length) {
    const code = term.charCodeAt(index);
    if (!(isAlpha(code) || isDigit(code) || code === 0x2d || code === 0x5f || code === 0x2e)) break;
    index++;
  }
  return index;
}

function parseDirective(term: string): Directive | null {
  let qualifier: Qualifier = '+';
  let rest = term;
  if ('+-~?'.includes(term[0])) {
    qualifier = term[0] as Qualifier;
    rest = term.slice(1);
  }
  const mechanism = parseMechanism(rest);
  return mechanism === null ? null : { qualifier, mechanism, text: term };
}

function parseMechanism(text: string): Mechanism | null {
  let nameEnd = 0;
  while (nameEnd < text.length && text[nameEnd] !== ':' && text[nameEnd] !== '/') nameEnd++;
  const name = text.slice(0, nameEnd).toLowerCase();
  const separator = text[nameEnd];
  const argument = text.slice(nameEnd + 1);
  switch (name) {
    case 'all':
      return separator === undefined ? { kind: 'all' } : null;
    case 'include':
    case 'exists':
      return separator === ':' && isDomainSpec(argument) ? { kind: name, domainSpec: argument } : null;
    case 'ptr':
      if (separator === undefined) return { kind: 'ptr', domainSpec: null };
      return separator === ':' && isDomainSpec(argument) ? { kind: 'ptr', domainSpec: argument } : null;
    case 'a':
    case 'mx':
      return parseAddressMechanism(name, text.slice(nameEnd));
    case 'ip4':
    case 'ip6':
      return separator === ':' ? parseNetwork(name, argument) : null;
    default:
      return null;
  }
}

/** `a` / `mx` [":" domain-spec] [dual-cidr-length]; `rest` starts at ":" or "/" or is empty. */
function parseAddressMechanism(kind: 'a' | 'mx', rest: string): Mechanism | null {
  let body = rest;
  let cidr6 = 128;
  let cidr4 = 32;
  const v6Mark = body.lastIndexOf('//');
  if (v6Mark !== -1) {
    const value = cidrValue(body.slice(v6Mark + 2), 128);
    if (value !== null) {
      cidr6 = value;
      body = body.slice(0, v6Mark);
    }
  }
  const v4Mark = body.lastIndexOf('/');
  if (v4Mark !== -1) {
    const value = cidrValue(body.slice(v4Mark + 1), 32);
    if (value !== null) {
      cidr4 = value;
      body = body.slice(0, v4Mark);
    }
  }
  if (body === '') return { kind, domainSpec: null, cidr4, cidr6 };
  if (body[0] !== ':' || !isDomainSpec(body.slice(1))) return null;
  return { kind, domainSpec: body.slice(1), cidr4, cidr6 };
}

function parseNetwork(kind: 'ip4' | 'ip6', argument: string): Mechanism | null {
  const slash = argument.indexOf('/');
  const address = slash === -1 ? argument : argument.slice(0, slash);
  const max = kind === 'ip4' ? 32 : 128;
  const prefix = slash === -1 ? max : cidrValue(argument.slice(slash + 1), max);
  if (prefix === null) return null;
  const bytes = kind === 'ip4' ? parseIpv4(address) : parseIpv6(address);
  if (bytes === null) return null;
  return { kind, network: { version: kind === 'ip4' ? 4 : 6, bytes }, prefix };
}

/** "0" or a number without leading zeros, at most `max`. */
function cidrValue(text: string, max: number): number | null {
  if (text === '' || text.length > 3) return null;
  for (let index = 0; index < text.length; index++) if (!isDigit(text.charCodeAt(index))) return null;
  if (text.length > 1 && text[0] === '0') return null;
  const value = Number(text);
  return value <= max ? value : null;
}

/**
 * domain-spec = macro-string domain-end; domain-end = ( "." toplabel [ "." ] ) / macro-expand. The
 * toplabel rule keeps an IP address or a bare label from passing as a domain.
 */
function isDomainSpec(text: string): boolean {
  const tokens = tokenizeMacroString(text, false);
  if (tokens === null || tokens.length === 0) return false;
  const last = tokens[tokens.length - 1];
  if (last.kind === 'macro') return true;
  // "%%", "%_" and "%-" are macro-expands too, but the tokenizer folds them into literals.
  if (text.endsWith('%%') || text.endsWith('%_') || text.endsWith('%-')) return true;
  let tail = last.text;
  if (tail.endsWith('.')) tail = tail.slice(0, -1);
  const dot = tail.lastIndexOf('.');
  if (dot === -1) return false;
  return isTopLabel(tail.slice(dot + 1));
}

/** toplabel = ( *alphanum ALPHA *alphanum ) / ( 1*alphanum "-" *( alphanum / "-" ) alphanum ). */
function isTopLabel(label: string): boolean {
  if (label === '') return false;
  let hasAlpha = false;
  for (let index = 0; index < label.length; index++) {
    const code = label.charCodeAt(index);
    if (isAlpha(code)) hasAlpha = true;
    else if (code === 0x2d) {
      if (index === 0 || index === label.length - 1) return false;
    } else if (!isDigit(code)) return false;
  }
  return hasAlpha || label.includes('-');
}

function isAlpha(code: number): boolean {
  return (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
}

function isDigit(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}
