/**
 * The robustness properties, as one function over a raw block so the jest properties
 * (./properties.test.ts) and the long fuzz runs (`npm run fuzz`) check exactly the same things:
 * 1. parseHeaders and diagnose never throw;
 * 2. the Diagnosis is schema-valid for that block (./diagnosis-schema.ts);
 * 3. no internal error was swallowed: the parser and the engine turn an exception inside one field
 *    reader or one rule into a warning so the user still gets a diagnosis, but for the fuzzer such a
 *    warning is a bug (nothing in src/ throws on purpose);
 * 4. parsing is idempotent on unfold: writing the parsed fields back as one unfolded line each and
 *    parsing that again gives the same field names and values;
 * 5. every report of it (text, Markdown, JSON pretty and one per line) is free of C0/C1 controls, bidi
 *    overrides and line separators, whatever the headers held: only the reports' own line feeds remain.
 */
import { parseHeaders } from '../../src/parser/index';
import type { HeaderField, ParsedMessage } from '../../src/parser/types';
import { renderJson, renderMarkdown, renderText, safeJson } from '../../src/report';
import type { Diagnosis } from '../../src/rules/diagnosis';
import { diagnose } from '../../src/rules/index';
import { unsafeCharacters } from '../report/unsafe-characters';
import { diagnosisProblems } from './diagnosis-schema';

/** Warning texts that wrap a caught exception (src/parser/index.ts guarded, src/rules/engine.ts guardedRule). */
const SWALLOWED_ERRORS = [
  'Could not read this field:',
  'Could not split the block',
  'Could not scan for NDR codes:',
  'A diagnosis rule could not run:',
];

/** The parsed fields written back unfolded, one `Name: value` line each. */
export function unfoldedBlock(fields: HeaderField[]): string {
  return fields.map((f) => `${f.name}: ${f.value}\r\n`).join('');
}

function describeError(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}\n${error.stack ?? ''}` : String(error);
}

function idempotenceProblems(parsed: ParsedMessage): string[] {
  const again = parseHeaders(unfoldedBlock(parsed.fields)).fields;
  const before = parsed.fields.map((f) => [f.name, f.value]);
  const after = again.map((f) => [f.name, f.value]);
  if (before.length !== after.length) {
    return [`unfold: ${before.length} fields parsed, ${after.length} after writing them back unfolded`];
  }
  for (let i = 0; i < before.length; i++) {
    if (before[i][0] !== after[i][0] || before[i][1] !== after[i][1]) {
      return [
        `unfold: field ${i} was ${JSON.stringify(before[i])}, after writing it back unfolded ${JSON.stringify(after[i])}`,
      ];
    }
  }
  return [];
}

/** Each report format that lets a character a terminal or bidi-aware viewer acts on through. */
function reportProblems(diagnosis: Diagnosis): string[] {
  const reports: Array<[string, string]> = [
    ['text', renderText(diagnosis)],
    ['Markdown', renderMarkdown(diagnosis)],
    ['JSON', renderJson(diagnosis)],
    ['JSON line', safeJson({ file: 'a.eml', ...diagnosis })],
  ];
  return reports.flatMap(([format, report]) => {
    const unsafe = unsafeCharacters(report);
    return unsafe.length === 0
      ? []
      : [`${format} report holds ${JSON.stringify(unsafe.slice(0, 5).join(''))} (${unsafe.length} unsafe)`];
  });
}

/** Every broken property for one raw block (empty = all hold). */
export function engineProblems(raw: string): string[] {
  let parsed: ParsedMessage;
  try {
    parsed = parseHeaders(raw);
  } catch (error) {
    return [`parseHeaders threw ${describeError(error)}`];
  }
  let diagnosis;
  try {
    diagnosis = diagnose(parsed);
  } catch (error) {
    return [`diagnose threw ${describeError(error)}`];
  }
  const problems = [...diagnosisProblems(diagnosis, parsed), ...reportProblems(diagnosis)];
  for (const w of diagnosis.warnings) {
    if (SWALLOWED_ERRORS.some((prefix) => w.message.includes(prefix))) {
      problems.push(`internal error swallowed as a warning: ${w.header} line ${w.line}: ${w.message}`);
    }
  }
  try {
    problems.push(...idempotenceProblems(parsed));
  } catch (error) {
    problems.push(`parseHeaders threw on the unfolded fields: ${describeError(error)}`);
  }
  return problems;
}
