/**
 * SPF check_host() (RFC 7208 §4–§6) over a Resolver: the result for one IP and MAIL FROM, the lookups it
 * cost against the limits of §4.6.4, and the tree of records it read (for "which include costs most").
 */
import { type IpAddress, inNetwork, parseIp, reverseName, sameAddress } from '../ip';
import { type DnsFailure, type RecordType, type Resolver, describeFailure, isEmptyAnswer } from '../resolver';
import { type MacroContext, expandTokens, tokenizeMacroString, truncateDomain } from './macro';
import { type Directive, type Mechanism, type SpfRecord, isSpfRecord, parseSpfRecord } from './record';

export type SpfResult = 'pass' | 'fail' | 'softfail' | 'neutral' | 'none' | 'permerror' | 'temperror';

/** §4.6.4: terms that cause DNS lookups, and lookups that find nothing. */
export const LOOKUP_LIMIT = 10;
const VOID_LIMIT = 2;
/** Address records one `mx` or `ptr` term may look up. */
const ADDRESS_LIMIT = 10;

export interface SpfNode {
  domain: string;
  /** How the record was reached. */
  via: 'check' | 'include' | 'redirect';
  /** The SPF record as published, or null when none was read. */
  record: string | null;
  result: SpfResult;
  /** Lookups this record caused, its includes' included; an include's own term counts in its parent. */
  lookups: number;
  /** The term that decided the result, if any. */
  matched: string | null;
  children: SpfNode[];
}

export interface SpfCheck {
  result: SpfResult;
  domain: string;
  ip: string;
  sender: string;
  /** Why: which term matched, or what made the record an error. */
  detail: string;
  /** exp= text on a fail, when the record publishes one. */
  explanation: string | null;
  lookups: number;
  voidLookups: number;
  tree: SpfNode;
}

export interface SpfQuery {
  ip: string;
  /** MAIL FROM address (or postmaster@HELO when it was empty). */
  sender: string;
  helo?: string;
  /** Domain to check; the sender's domain when absent. */
  domain?: string;
  /** The `r` macro. */
  receiver?: string;
  now?: Date;
}

class Stop extends Error {
  constructor(
    readonly result: 'permerror' | 'temperror',
    readonly reason: string,
  ) {
    super(reason);
  }
}

interface Evaluation {
  resolver: Resolver;
  ip: IpAddress;
  sender: string;
  helo: string;
  receiver: string;
  timestamp: number;
  lookups: number;
  voids: number;
  validatedName: Promise<string> | null;
}

export async function checkHost(query: SpfQuery, resolver: Resolver): Promise<SpfCheck> {
  const ip = parseIp(query.ip);
  const sender = normalizeSender(query.sender);
  const domain = query.domain ?? sender.slice(sender.lastIndexOf('@') + 1);
  const tree: SpfNode = {
    domain,
    via: 'check',
    record: null,
    result: 'none',
    lookups: 0,
    matched: null,
    children: [],
  };
  const base = { domain, ip: query.ip, sender, tree, explanation: null };
  if (ip === null)
    return {
      ...base,
      result: 'none',
      detail: `${query.ip} is not an IP address`,
      lookups: 0,
      voidLookups: 0,
    };
  const evaluation: Evaluation = {
    resolver,
    ip,
    sender,
    helo: query.helo ?? domain,
    receiver: query.receiver ?? 'unknown',
    timestamp: Math.floor((query.now ?? new Date()).getTime() / 1000),
    lookups: 0,
    voids: 0,
    validatedName: null,
  };
  let result: SpfResult;
  let detail: string;
  let explanation: string | null = null;
  try {
    const outcome = await evaluateDomain(domain, tree, evaluation);
    result = outcome.result;
    detail = outcome.detail;
    explanation = outcome.explanation;
  } catch (error) {
    if (!(error instanceof Stop)) throw error;
    result = error.result;
    detail = error.reason;
    markOpenNodes(tree, error.result);
  }
  tree.result = result;
  return { ...base, result, detail, explanation, lookups: evaluation.lookups, voidLookups: evaluation.voids };
}

/** "postmaster" stands in for an empty local-part (§4.3). */
function normalizeSender(sender: string): string {
  const at = sender.lastIndexOf('@');
  if (at === -1) return `postmaster@${sender}`;
  return at === 0 ? `postmaster${sender}` : sender;
}

/** Nodes still unresolved when a limit stopped the evaluation take its result. */
function markOpenNodes(node: SpfNode, result: SpfResult): void {
  for (const child of node.children) markOpenNodes(child, result);
  if (node.record !== null && node.matched === null && node.result === 'none') node.result = result;
}

interface Outcome {
  result: SpfResult;
  detail: string;
  explanation: string | null;
}

async function evaluateDomain(domain: string, node: SpfNode, evaluation: Evaluation): Promise<Outcome> {
  if (!isValidDomain(domain)) return done(node, 'none', `"${domain}" is not a valid domain name`);
  const answer = await evaluation.resolver.resolve(domain, 'TXT');
  if (!answer.ok) {
    if (isEmptyAnswer(answer.failure)) return done(node, 'none', `${domain} publishes no SPF record`);
    throw new Stop('temperror', describeFailure(answer.failure, domain, 'TXT', evaluation.resolver.label));
  }
  const records = answer.records.filter(isSpfRecord);
  if (records.length === 0) return done(node, 'none', `${domain} publishes no SPF record`);
  if (records.length > 1) {
    node.record = records.join(' | ');
    throw new Stop('permerror', `${domain} publishes ${records.length} SPF records; only one is allowed`);
  }
  node.record = records[0];
  const parsed = parseSpfRecord(records[0]);
  if (!parsed.ok) throw new Stop('permerror', `the SPF record of ${domain} is invalid: ${parsed.error}`);
  const before = evaluation.lookups;
  const outcome = await evaluateRecord(parsed.record, domain, node, evaluation);
  node.lookups = evaluation.lookups - before;
  node.result = outcome.result;
  return outcome;
}

function done(node: SpfNode, result: SpfResult, detail: string): Outcome {
  node.result = result;
  return { result, detail, explanation: null };
}

const QUALIFIER_RESULTS: Record<Directive['qualifier'], SpfResult> = {
  '+': 'pass',
  '-': 'fail',
  '~': 'softfail',
  '?': 'neutral',
};

async function evaluateRecord(
  record: SpfRecord,
  domain: string,
  node: SpfNode,
  evaluation: Evaluation,
): Promise<Outcome> {
  for (const directive of record.directives) {
    if (await matches(directive.mechanism, domain, node, evaluation)) {
      node.matched = directive.text;
      const result = QUALIFIER_RESULTS[directive.qualifier];
      const explanation =
        result === 'fail' && record.exp !== null ? await explain(record.exp, domain, evaluation) : null;
      return {
        result,
        detail: `${domain}: "${directive.text}" matched ${formatIpFor(evaluation)}`,
        explanation,
      };
    }
  }
  if (record.redirect !== null) {
    countLookup(evaluation, `redirect=${record.redirect}`);
    const target = await expandDomain(record.redirect, domain, evaluation);
    const child = childNode(node, target, 'redirect');
    const outcome = await evaluateDomain(target, child, evaluation);
    if (outcome.result === 'none')
      throw new Stop('permerror', `redirect=${target}: ${target} publishes no SPF record`);
    node.matched = `redirect=${record.redirect}`;
    return outcome;
  }
  return {
    result: 'neutral',
    detail: `${domain}: no term matched ${formatIpFor(evaluation)} (neutral by default)`,
    explanation: null,
  };
}

function formatIpFor(evaluation: Evaluation): string {
  return evaluation.ip.version === 4 ? evaluation.ip.bytes.join('.') : 'the IPv6 address';
}

function childNode(parent: SpfNode, domain: string, via: 'include' | 'redirect'): SpfNode {
  const child: SpfNode = {
    domain,
    via,
    record: null,
    result: 'none',
    lookups: 0,
    matched: null,
    children: [],
  };
  parent.children.push(child);
  return child;
}

function countLookup(evaluation: Evaluation, term: string): void {
  evaluation.lookups++;
  if (evaluation.lookups > LOOKUP_LIMIT)
    throw new Stop('permerror', `more than ${LOOKUP_LIMIT} DNS lookups (limit reached at "${term}")`);
}

function countVoid(evaluation: Evaluation, term: string): void {
  evaluation.voids++;
  if (evaluation.voids > VOID_LIMIT)
    throw new Stop('permerror', `more than ${VOID_LIMIT} lookups found nothing (the last at "${term}")`);
}

async function matches(
  mechanism: Mechanism,
  domain: string,
  node: SpfNode,
  evaluation: Evaluation,
): Promise<boolean> {
  switch (mechanism.kind) {
    case 'all':
      return true;
    case 'ip4':
    case 'ip6':
      return inNetwork(evaluation.ip, mechanism.network, mechanism.prefix);
    case 'include': {
      countLookup(evaluation, `include:${mechanism.domainSpec}`);
      const target = await expandDomain(mechanism.domainSpec, domain, evaluation);
      const child = childNode(node, target, 'include');
      const outcome = await evaluateDomain(target, child, evaluation);
      if (outcome.result === 'pass') return true;
      if (outcome.result === 'none')
        throw new Stop('permerror', `include:${target}: ${target} publishes no SPF record`);
      return false;
    }
    case 'a':
    case 'mx': {
      const term = `${mechanism.kind}${mechanism.domainSpec === null ? '' : `:${mechanism.domainSpec}`}`;
      countLookup(evaluation, term);
      const target =
        mechanism.domainSpec === null ? domain : await expandDomain(mechanism.domainSpec, domain, evaluation);
      // A name no DNS query can carry (an empty or over-long label) matches nothing.
      if (!isValidDomain(target)) return false;
      const prefix = evaluation.ip.version === 4 ? mechanism.cidr4 : mechanism.cidr6;
      if (mechanism.kind === 'a') {
        const addresses = await lookupAddresses(target, evaluation, term);
        return addresses.some((address) => inNetwork(evaluation.ip, address, prefix));
      }
      return matchMx(target, prefix, evaluation, term);
    }
    case 'ptr': {
      countLookup(evaluation, 'ptr');
      const target =
        mechanism.domainSpec === null ? domain : await expandDomain(mechanism.domainSpec, domain, evaluation);
      const names = await validatedNames(evaluation);
      return names.some((name) => isSameOrSubdomain(name, target));
    }
    case 'exists': {
      const term = `exists:${mechanism.domainSpec}`;
      countLookup(evaluation, term);
      const target = await expandDomain(mechanism.domainSpec, domain, evaluation);
      if (!isValidDomain(target)) return false;
      // exists always asks for A records, whatever the client's address family (§5.7).
      const answer = await evaluation.resolver.resolve(target, 'A');
      if (answer.ok) return answer.records.length > 0;
      handleMechanismFailure(answer.failure, target, 'A', evaluation, term);
      return false;
    }
  }
}

function addressType(evaluation: Evaluation): 'A' | 'AAAA' {
  return evaluation.ip.version === 4 ? 'A' : 'AAAA';
}

/** The client's address family at `name`; nothing there is a void lookup, a failure is a temperror. */
async function lookupAddresses(name: string, evaluation: Evaluation, term: string): Promise<IpAddress[]> {
  const type = addressType(evaluation);
  const answer = await evaluation.resolver.resolve(name, type);
  if (!answer.ok) {
    handleMechanismFailure(answer.failure, name, type, evaluation, term);
    return [];
  }
  return answer.records.map((record) => parseIp(record)).filter((ip): ip is IpAddress => ip !== null);
}

function handleMechanismFailure(
  failure: DnsFailure,
  name: string,
  type: RecordType,
  evaluation: Evaluation,
  term: string,
): void {
  if (isEmptyAnswer(failure)) return countVoid(evaluation, term);
  throw new Stop('temperror', describeFailure(failure, name, type, evaluation.resolver.label));
}

async function matchMx(
  target: string,
  prefix: number,
  evaluation: Evaluation,
  term: string,
): Promise<boolean> {
  const answer = await evaluation.resolver.resolve(target, 'MX');
  if (!answer.ok) {
    handleMechanismFailure(answer.failure, target, 'MX', evaluation, term);
    return false;
  }
  // A null MX (RFC 7505) names "." and has no addresses to match.
  const exchanges = answer.records
    .map((record) => record.exchange)
    .filter((name) => name !== '' && name !== '.');
  if (exchanges.length > ADDRESS_LIMIT)
    throw new Stop('permerror', `${term}: ${target} has more than ${ADDRESS_LIMIT} MX hosts`);
  const type = addressType(evaluation);
  for (const exchange of exchanges) {
    const addresses = await evaluation.resolver.resolve(exchange, type);
    if (!addresses.ok) {
      if (!isEmptyAnswer(addresses.failure))
        throw new Stop(
          'temperror',
          describeFailure(addresses.failure, exchange, type, evaluation.resolver.label),
        );
      continue;
    }
    for (const record of addresses.records) {
      const address = parseIp(record);
      if (address !== null && inNetwork(evaluation.ip, address, prefix)) return true;
    }
  }
  return false;
}

/** PTR names of the client whose own addresses include it (§5.5); at most ten are checked. */
async function validatedNames(evaluation: Evaluation): Promise<string[]> {
  const answer = await evaluation.resolver.resolve(reverseName(evaluation.ip), 'PTR');
  if (!answer.ok) return [];
  const type = addressType(evaluation);
  const validated: string[] = [];
  for (const name of answer.records.slice(0, ADDRESS_LIMIT)) {
    const addresses = await evaluation.resolver.resolve(name, type);
    if (!addresses.ok) continue;
    const matchesClient = addresses.records.some((record) => {
      const address = parseIp(record);
      return address !== null && sameAddress(address, evaluation.ip);
    });
    if (matchesClient) validated.push(stripDot(name));
  }
  return validated;
}

function isSameOrSubdomain(name: string, domain: string): boolean {
  const lowerName = stripDot(name).toLowerCase();
  const lowerDomain = stripDot(domain).toLowerCase();
  return lowerName === lowerDomain || lowerName.endsWith(`.${lowerDomain}`);
}

function stripDot(name: string): string {
  return name.endsWith('.') ? name.slice(0, -1) : name;
}

function macroContext(domain: string, evaluation: Evaluation): MacroContext {
  return {
    sender: evaluation.sender,
    domain,
    ip: evaluation.ip,
    helo: evaluation.helo,
    receiver: evaluation.receiver,
    timestamp: evaluation.timestamp,
    validatedName: () => (evaluation.validatedName ??= validatedMacroName(domain, evaluation)),
  };
}

/** The `p` macro: a validated name within the domain if there is one, else any, else "unknown". */
async function validatedMacroName(domain: string, evaluation: Evaluation): Promise<string> {
  const names = await validatedNames(evaluation);
  return names.find((name) => isSameOrSubdomain(name, domain)) ?? names[0] ?? 'unknown';
}

async function expandDomain(spec: string, domain: string, evaluation: Evaluation): Promise<string> {
  const tokens = tokenizeMacroString(spec, false);
  // The record parser has already accepted every domain-spec, so tokens is never null here.
  const expanded = tokens === null ? spec : await expandTokens(tokens, macroContext(domain, evaluation));
  return stripDot(truncateDomain(expanded));
}

/** exp=: the explanation TXT, expanded; any problem means no explanation (§6.2). */
async function explain(spec: string, domain: string, evaluation: Evaluation): Promise<string | null> {
  const target = await expandDomain(spec, domain, evaluation);
  if (!isValidDomain(target)) return null;
  const answer = await evaluation.resolver.resolve(target, 'TXT');
  if (!answer.ok || answer.records.length !== 1) return null;
  const tokens = tokenizeMacroString(answer.records[0], true);
  if (tokens === null) return null;
  const text = await expandTokens(tokens, macroContext(domain, evaluation));
  for (let index = 0; index < text.length; index++) if (text.charCodeAt(index) > 0x7e) return null;
  return text;
}

/** A multi-label name, no empty label but a trailing one, no label over 63 octets (§4.3). */
function isValidDomain(domain: string): boolean {
  const name = stripDot(domain);
  if (name.length === 0 || name.length > 253) return false;
  const labels = name.split('.');
  return labels.length >= 2 && labels.every((label) => label.length > 0 && label.length <= 63);
}
