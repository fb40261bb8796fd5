/**
 * The one validator of the Diagnosis contract: the shape and value lists come from
 * schema/diagnosis.schema.json (checked by ajv's JSON Schema 2020-12 dialect); what a schema cannot say is
 * checked here: findings ordered error → warning → info, no id twice, evidence for every finding but the
 * absence of results, and every evidence text really on the block line it names. The corpus test, the
 * engine tests, the robustness properties and `npm run fuzz` all use it.
 */
import Ajv2020, { type ErrorObject } from 'ajv/dist/2020';
import schema from '../../schema/diagnosis.schema.json';
import type { ParsedMessage } from '../../src/parser/types';
import { decodeEncodedWords } from '../../src/parser/encoded-words';
import { endLineOf } from '../../src/parser/fields';
import type { FixStep } from '../../src/rules/diagnosis';
import { fixStepText } from '../../src/rules/fix-step-text';

const SEVERITY_RANK: Readonly<Record<string, number>> = { error: 0, warning: 1, info: 2 };

const validate = new Ajv2020({ allErrors: true, strict: true, allowUnionTypes: true }).compile(schema);

type Json = Record<string, unknown>;

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function show(value: unknown): string {
  const text = JSON.stringify(value);
  return text === undefined ? String(value) : text.length > 80 ? `${text.slice(0, 77)}...` : text;
}

/** The value an ajv error points at (its instancePath is a JSON Pointer into `root`). */
function valueAt(root: unknown, pointer: string): unknown {
  return pointer
    .split('/')
    .slice(1)
    .map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'))
    .reduce<unknown>(
      (node, key) => (isObject(node) || Array.isArray(node) ? (node as Json)[key] : undefined),
      root,
    );
}

function explain(error: ErrorObject, root: unknown): string {
  const where = error.instancePath || '(diagnosis)';
  const allowed = (error.params as { allowedValues?: unknown[] }).allowedValues;
  const detail = allowed ? `must be one of ${allowed.join('|')}` : error.message;
  const got = error.propertyName ?? valueAt(root, error.instancePath);
  return `${where}: ${error.propertyName === undefined ? '' : 'property name '}${detail}, got ${show(got)}`;
}

/**
 * Every way `value` breaks schema/diagnosis.schema.json, one readable line each (empty = valid), e.g.
 * "/auth/spf/result: must be one of pass|fail|…, got \"pas\"".
 */
export function schemaProblems(value: unknown): string[] {
  if (validate(value)) return [];
  // anyOf and propertyNames wrap the errors of their branches, which say it better.
  return (validate.errors ?? [])
    .filter((e) => e.keyword !== 'anyOf' && e.keyword !== 'propertyNames')
    .map((e) => explain(e, value));
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
 * next, =20 / =09 as spaces), or the base64 part starting there, decoded. A field written as RFC 2047
 * encoded words (Exchange Online's Authentication-Results for a non-ASCII From) is quoted decoded.
 */
function evidenceWindows(parsed: ParsedMessage, line: number): string[] {
  const field = parsed.fields.find((f) => f.line <= line && line <= endLineOf(f));
  if (field) {
    const raw = parsed.lines.slice(line - 1, endLineOf(field)).join('\n');
    return [raw, decodeEncodedWords(raw.replace(/\n[ \t]+/g, ' '))];
  }
  const { lines } = parsed;
  let logical = '';
  let i = line - 1;
  while (lines[i].endsWith('=') && i + 1 < lines.length) logical += lines[i++].slice(0, -1);
  logical += lines[i];
  let end = line - 1;
  while (end < lines.length && lines[end].trim() !== '' && !lines[end].startsWith('--')) end++;
  return [logical.replace(/=(?:20|09)/gi, ' '), fromBase64(lines.slice(line - 1, end).join(''))];
}

/** Evidence and warnings must point into the block: lines 1..n (a warning about the whole block: 0). */
function lineProblems(d: Json, parsed: ParsedMessage): string[] {
  const problems: string[] = [];
  const count = parsed.lines.length;
  (d.findings as Json[]).forEach((f, i) => {
    const evidence = f.evidence as Json[];
    // Every finding points at the lines that prove it, except the absence of results itself.
    if (evidence.length === 0 && f.id !== 'no-auth-results')
      problems.push(`/findings/${i}/evidence: none for ${show(f.id)}`);
    evidence.forEach((ev, j) => {
      const where = `/findings/${i}/evidence/${j}`;
      const line = ev.line as number;
      if (line > count) return problems.push(`${where}/line: ${line} is outside the block (1..${count})`);
      const text = ev.text as string;
      const windows = evidenceWindows(parsed, line);
      if (!windows.some((w) => squeeze(w).includes(squeeze(text))))
        problems.push(`${where}/text: ${show(text)} is not on line ${line}: ${show(windows[0])}`);
    });
  });
  (d.warnings as Json[]).forEach((w, i) => {
    const line = w.line as number;
    if (line > Math.max(1, count))
      problems.push(`/warnings/${i}/line: ${line} is outside the block (0..${count})`);
  });
  return problems;
}

function orderProblems(findings: Json[]): string[] {
  const problems: string[] = [];
  findings.forEach((f, i) => {
    if (i > 0 && SEVERITY_RANK[findings[i - 1].severity as string] > SEVERITY_RANK[f.severity as string])
      problems.push(
        `/findings/${i}: ${show(f.severity)} after ${show(findings[i - 1].severity)} (order is error → warning → info)`,
      );
  });
  // fix[j] is the plain-text rendering of fixSteps[j]: readers of either field see the same advice.
  findings.forEach((f, i) => {
    const fix = f.fix as string[];
    const steps = f.fixSteps as FixStep[];
    if (steps.length !== fix.length)
      problems.push(`/findings/${i}/fixSteps: ${steps.length} steps for ${fix.length} fix lines`);
    steps.forEach((step, j) => {
      if (fix[j] !== fixStepText(step))
        problems.push(`/findings/${i}/fixSteps/${j}: fix text ${show(fix[j])} does not render this step`);
    });
  });
  const ids = findings.map((f) => f.id);
  if (new Set(ids).size !== ids.length) problems.push(`/findings: an id appears twice: ${show(ids)}`);
  return problems;
}

/**
 * Every way `diagnosis` breaks the contract whatever block it came from (empty = valid): the schema, then,
 * on a Diagnosis of the right shape, the order of the findings and their ids.
 */
export function contractProblems(diagnosis: unknown): string[] {
  const problems = schemaProblems(diagnosis);
  if (problems.length > 0 || !isObject(diagnosis)) return problems;
  problems.push(...orderProblems(diagnosis.findings as Json[]));
  // The JSON report must carry the same Diagnosis: nothing that JSON cannot hold (undefined, NaN, cycles).
  try {
    JSON.stringify(diagnosis);
  } catch (error) {
    problems.push(`(diagnosis): not serialisable: ${String(error)}`);
  }
  return problems;
}

/** Every way `diagnosis` breaks the contract for the block `parsed` was read from (empty = valid). */
export function diagnosisProblems(diagnosis: unknown, parsed: ParsedMessage): string[] {
  const problems = contractProblems(diagnosis);
  return problems.length > 0 ? problems : lineProblems(diagnosis as Json, parsed);
}
