/**
 * A validator for the Diagnosis contract (src/rules/diagnosis.ts, DESIGN.md) that checks every
 * field's type and value set, not only the parts a fixture asserts: the property tests and the fuzzer run
 * it on arbitrary and mutated blocks, where any shape could come out. Returns readable problems; an empty
 * list means the Diagnosis is valid for that block.
 */
import { DIAGNOSIS_SCHEMA, FINDING_IDS } from '../../src/rules/diagnosis';
import type { ParsedMessage } from '../../src/parser/types';
import type { FixStep } from '../../src/rules/diagnosis';
import { fixStepText } from '../../src/rules/fix-step-text';

const VERDICTS: readonly string[] = ['pass', 'attention', 'fail', 'unknown'];
const SEVERITY_RANK: Readonly<Record<string, number>> = { error: 0, warning: 1, info: 2 };
const OWNERS: readonly string[] = ['sender-admin', 'recipient-admin', 'user', 'none'];
const CODE_KINDS: readonly string[] = ['dns-txt', 'dns-cname', 'powershell', 'admin-portal'];
const CATALOGUE: readonly string[] = FINDING_IDS;

type Json = Record<string, unknown>;

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Collects problems under a path prefix, e.g. "auth.spf.ip: expected string|null, got 3". */
class Problems {
  readonly list: string[] = [];

  add(path: string, message: string): void {
    this.list.push(`${path}: ${message}`);
  }

  string(obj: Json, key: string, path: string, { nullable = false, nonEmpty = false } = {}): void {
    const value = obj[key];
    if (value === null && nullable) return;
    if (typeof value !== 'string')
      this.add(`${path}.${key}`, `expected string${nullable ? '|null' : ''}, got ${show(value)}`);
    else if (nonEmpty && value.trim() === '') this.add(`${path}.${key}`, 'empty');
  }

  boolean(obj: Json, key: string, path: string, { nullable = false } = {}): void {
    const value = obj[key];
    if (value === null && nullable) return;
    if (typeof value !== 'boolean') this.add(`${path}.${key}`, `expected boolean, got ${show(value)}`);
  }

  number(obj: Json, key: string, path: string, { nullable = false, integer = false } = {}): void {
    const value = obj[key];
    if (value === null && nullable) return;
    if (typeof value !== 'number' || !Number.isFinite(value) || (integer && !Number.isInteger(value))) {
      this.add(`${path}.${key}`, `expected ${integer ? 'integer' : 'finite number'}, got ${show(value)}`);
    }
  }

  oneOf(obj: Json, key: string, path: string, allowed: readonly string[]): void {
    const value = obj[key];
    if (typeof value !== 'string' || !allowed.includes(value)) {
      this.add(`${path}.${key}`, `expected one of ${allowed.join('|')}, got ${show(value)}`);
    }
  }

  object(obj: Json, key: string, path: string, { nullable = false } = {}): Json | null {
    const value = obj[key];
    if (value === null && nullable) return null;
    if (!isObject(value)) {
      this.add(`${path}.${key}`, `expected object${nullable ? '|null' : ''}, got ${show(value)}`);
      return null;
    }
    return value;
  }

  array(obj: Json, key: string, path: string): unknown[] {
    const value = obj[key];
    if (!Array.isArray(value)) {
      this.add(`${path}.${key}`, `expected array, got ${show(value)}`);
      return [];
    }
    return value;
  }
}

function show(value: unknown): string {
  const text = JSON.stringify(value);
  return text === undefined ? String(value) : text.length > 80 ? `${text.slice(0, 77)}...` : text;
}

/** Removes all whitespace: evidence is compared across folding and unfolding. */
function squeeze(text: string): string {
  return text.replace(/\s+/g, '');
}

/** Base64 text decoded as UTF-8, or "" when it is not base64. */
function fromBase64(text: string): string {
  try {
    const binary = atob(text.replace(/\s+/g, ''));
    return new TextDecoder().decode(Uint8Array.from(binary, (ch) => ch.charCodeAt(0)));
  } catch {
    return '';
  }
}

/**
 * The texts an evidence line may quote. In the header section: from `line` to the end of the header field
 * that holds it (continuation lines included). In a body, as the NDR scanner reads it (src/parser/ndr.ts):
 * the logical line starting at `line` (a line ending in a quoted-printable soft break '=' joined with the
 * next, =20 / =09 as spaces), or the base64 part starting there, decoded.
 */
function evidenceWindows(parsed: ParsedMessage, line: number): string[] {
  const field = parsed.fields.find((f) => f.line <= line && line <= f.endLine);
  if (field) return [parsed.lines.slice(line - 1, field.endLine).join('\n')];
  const { lines } = parsed;
  let logical = '';
  let i = line - 1;
  while (lines[i].endsWith('=') && i + 1 < lines.length) logical += lines[i++].slice(0, -1);
  logical += lines[i];
  let end = line - 1;
  while (end < lines.length && lines[end].trim() !== '' && !lines[end].startsWith('--')) end++;
  return [logical.replace(/=(?:20|09)/gi, ' '), fromBase64(lines.slice(line - 1, end).join(''))];
}

function checkAuth(auth: Json, p: Problems): void {
  p.string(auth, 'authservId', 'auth', { nullable: true });
  const lowerResult = (obj: Json, path: string): void => {
    p.string(obj, 'result', path);
    const result = obj.result;
    if (typeof result === 'string' && result !== result.toLowerCase())
      p.add(`${path}.result`, `not lower-case: ${show(result)}`);
  };
  const spf = p.object(auth, 'spf', 'auth', { nullable: true });
  if (spf) {
    lowerResult(spf, 'auth.spf');
    p.string(spf, 'domain', 'auth.spf', { nullable: true });
    p.string(spf, 'ip', 'auth.spf', { nullable: true });
    p.boolean(spf, 'aligned', 'auth.spf', { nullable: true });
  }
  p.array(auth, 'dkim', 'auth').forEach((entry, i) => {
    const path = `auth.dkim[${i}]`;
    if (!isObject(entry)) return p.add(path, `expected object, got ${show(entry)}`);
    lowerResult(entry, path);
    for (const key of ['domain', 'selector', 'reason']) p.string(entry, key, path, { nullable: true });
    p.boolean(entry, 'aligned', path, { nullable: true });
  });
  const dmarc = p.object(auth, 'dmarc', 'auth', { nullable: true });
  if (dmarc) {
    lowerResult(dmarc, 'auth.dmarc');
    for (const key of ['action', 'policy', 'fromDomain'])
      p.string(dmarc, key, 'auth.dmarc', { nullable: true });
  }
  const compauth = p.object(auth, 'compauth', 'auth', { nullable: true });
  if (compauth) {
    lowerResult(compauth, 'auth.compauth');
    const reason = compauth.reason;
    // DESIGN.md: always three characters; a missing reason is null, "" never appears.
    if (reason !== null && (typeof reason !== 'string' || reason.length !== 3)) {
      p.add('auth.compauth.reason', `expected 3 characters or null, got ${show(reason)}`);
    }
    p.string(compauth, 'meaning', 'auth.compauth');
    p.boolean(compauth, 'documented', 'auth.compauth');
  }
  const arc = p.object(auth, 'arc', 'auth', { nullable: true });
  if (arc) {
    lowerResult(arc, 'auth.arc');
    p.array(arc, 'sealers', 'auth.arc').forEach((s, i) => {
      if (typeof s !== 'string') p.add(`auth.arc.sealers[${i}]`, `expected string, got ${show(s)}`);
    });
  }
}

function checkAntispam(antispam: Json, p: Problems): void {
  for (const [key, value] of Object.entries(antispam)) {
    if (key === 'decoded') continue;
    if (typeof value !== 'string' && !(typeof value === 'number' && Number.isFinite(value))) {
      p.add(`antispam.${key}`, `expected string or number, got ${show(value)}`);
    }
  }
  p.array(antispam, 'decoded', 'antispam').forEach((entry, i) => {
    const path = `antispam.decoded[${i}]`;
    if (!isObject(entry)) return p.add(path, `expected object, got ${show(entry)}`);
    for (const key of ['field', 'value', 'meaning']) p.string(entry, key, path);
  });
}

function checkFinding(f: unknown, i: number, parsed: ParsedMessage, p: Problems): number | null {
  const path = `findings[${i}]`;
  if (!isObject(f)) {
    p.add(path, `expected object, got ${show(f)}`);
    return null;
  }
  p.oneOf(f, 'id', path, CATALOGUE);
  p.oneOf(f, 'severity', path, Object.keys(SEVERITY_RANK));
  p.oneOf(f, 'owner', path, OWNERS);
  p.string(f, 'title', path, { nonEmpty: true });
  p.string(f, 'explanation', path, { nonEmpty: true });
  const fix = p.array(f, 'fix', path);
  if (fix.length === 0) p.add(`${path}.fix`, 'no steps');
  fix.forEach((step, j) => {
    if (typeof step !== 'string' || step.trim() === '')
      p.add(`${path}.fix[${j}]`, `expected text, got ${show(step)}`);
  });
  const steps = p.array(f, 'fixSteps', path);
  if (steps.length !== fix.length)
    p.add(`${path}.fixSteps`, `expected ${fix.length} steps (as fix), got ${steps.length}`);
  steps.forEach((step, j) => fixStepProblems(p, step, fix[j], `${path}.fixSteps[${j}]`));
  p.array(f, 'references', path).forEach((ref, j) => {
    if (typeof ref !== 'string' || !ref.startsWith('https://'))
      p.add(`${path}.references[${j}]`, `not an https link: ${show(ref)}`);
  });
  const evidence = p.array(f, 'evidence', path);
  // Every finding points at the lines that prove it, except the absence of results itself.
  if (evidence.length === 0 && f.id !== 'no-auth-results')
    p.add(`${path}.evidence`, `none for ${show(f.id)}`);
  evidence.forEach((ev, j) => {
    const where = `${path}.evidence[${j}]`;
    if (!isObject(ev)) return p.add(where, `expected object, got ${show(ev)}`);
    p.string(ev, 'header', where);
    p.string(ev, 'text', where, { nonEmpty: true });
    p.number(ev, 'line', where, { integer: true });
    const line = ev.line;
    if (typeof line !== 'number' || line < 1 || line > parsed.lines.length) {
      return p.add(`${where}.line`, `${show(line)} is outside the block (1..${parsed.lines.length})`);
    }
    const text = ev.text;
    const windows = evidenceWindows(parsed, line);
    if (typeof text === 'string' && !windows.some((w) => squeeze(w).includes(squeeze(text)))) {
      p.add(`${where}.text`, `${show(text)} is not on line ${line}: ${show(windows[0])}`);
    }
  });
  return typeof f.severity === 'string' ? (SEVERITY_RANK[f.severity] ?? null) : null;
}

/**
 * Every way `diagnosis` breaks the contract for the block `parsed` was read from (empty = valid).
 * `parsed` gives the physical lines that evidence must point into.
 */
export function diagnosisProblems(diagnosis: unknown, parsed: ParsedMessage): string[] {
  const p = new Problems();
  if (!isObject(diagnosis)) return [`diagnosis: expected object, got ${show(diagnosis)}`];
  const d = diagnosis;
  if (d.schema !== DIAGNOSIS_SCHEMA) p.add('schema', `expected ${DIAGNOSIS_SCHEMA}, got ${show(d.schema)}`);
  p.oneOf(d, 'verdict', 'diagnosis', VERDICTS);
  p.string(d, 'summary', 'diagnosis', { nonEmpty: true });

  const message = p.object(d, 'message', 'diagnosis');
  if (message) {
    for (const key of ['from', 'fromDomain', 'mailFromDomain', 'subject', 'messageId', 'date']) {
      p.string(message, key, 'message', { nullable: true });
    }
  }
  const auth = p.object(d, 'auth', 'diagnosis');
  if (auth) checkAuth(auth, p);
  const antispam = p.object(d, 'antispam', 'diagnosis', { nullable: true });
  if (antispam) checkAntispam(antispam, p);

  p.array(d, 'hops', 'diagnosis').forEach((hop, i) => {
    const path = `hops[${i}]`;
    if (!isObject(hop)) return p.add(path, `expected object, got ${show(hop)}`);
    for (const key of ['from', 'by', 'with', 'at']) p.string(hop, key, path, { nullable: true });
    p.number(hop, 'delaySeconds', path, { nullable: true });
    if (typeof hop.at === 'string' && Number.isNaN(Date.parse(hop.at)))
      p.add(`${path}.at`, `not a date: ${show(hop.at)}`);
  });

  // Ordered error → warning → info.
  let previousRank = -1;
  p.array(d, 'findings', 'diagnosis').forEach((f, i) => {
    const rank = checkFinding(f, i, parsed, p);
    if (rank !== null && rank < previousRank)
      p.add(`findings[${i}]`, 'out of order (error → warning → info)');
    if (rank !== null) previousRank = rank;
  });
  const ids = (Array.isArray(d.findings) ? d.findings : []).map((f) => (isObject(f) ? f.id : undefined));
  if (new Set(ids).size !== ids.length) p.add('findings', `an id appears twice: ${show(ids)}`);

  p.array(d, 'warnings', 'diagnosis').forEach((w, i) => {
    const path = `warnings[${i}]`;
    if (!isObject(w)) return p.add(path, `expected object, got ${show(w)}`);
    p.string(w, 'header', path);
    p.string(w, 'message', path, { nonEmpty: true });
    p.number(w, 'line', path, { integer: true });
    if (typeof w.line === 'number' && (w.line < 0 || w.line > Math.max(1, parsed.lines.length))) {
      p.add(`${path}.line`, `${w.line} is outside the block (0..${parsed.lines.length})`);
    }
  });
  // The JSON report must carry the same Diagnosis: nothing that JSON cannot hold (undefined, NaN, cycles).
  try {
    JSON.stringify(d);
  } catch (error) {
    p.add('diagnosis', `not serialisable: ${String(error)}`);
  }
  return p.list;
}

/** One structured fix step: its text, its code when present, and fix[j] as its plain-text rendering. */
function fixStepProblems(p: Problems, step: unknown, text: unknown, path: string): void {
  if (!isObject(step)) {
    p.add(path, `expected object, got ${show(step)}`);
    return;
  }
  p.string(step, 'text', path);
  if (step.code !== undefined) {
    const code = p.object(step, 'code', path);
    if (code) {
      p.oneOf(code, 'kind', `${path}.code`, CODE_KINDS);
      p.string(code, 'value', `${path}.code`, { nonEmpty: true });
      if (code.host !== undefined) p.string(code, 'host', `${path}.code`, { nonEmpty: true });
    }
  }
  if (typeof step.text === 'string' && text !== fixStepText(step as unknown as FixStep))
    p.add(path, `fix text ${show(text)} does not render this step`);
}
