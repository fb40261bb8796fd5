#!/usr/bin/env node
/**
 * `npm run corpus -- DIR [--examples N] [--top N]`: runs the engine over every message of every .eml, .msg
 * and .mbox file under DIR (recursively; attached originals included, as the command line reads them) and
 * prints counts, to judge the engine on real mail that cannot live in the repository:
 * verdicts, finding ids, parse warnings (grouped by message, quoted text and numbers masked), unknown
 * values (result words outside the registered lists, antispam keys the knowledge tables do not list, NDR
 * codes the table does not list), Diagnosis results outside the contract, and crashes. Each outlier class
 * names its first files so they can be read. Builds nothing: the sources are bundled by esbuild, as in
 * `npm run bench`.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { loadBundle } from './load-engine.mjs';

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const at = args.indexOf(name);
  return at >= 0 ? Number(args[at + 1]) : fallback;
};
const EXAMPLES = option('--examples', 3);
const TOP = option('--top', 40);
const given = args.find((a, i) => !a.startsWith('--') && !args[i - 1]?.startsWith('--'));
if (!given) {
  console.error('usage: npm run corpus -- DIR [--examples N] [--top N]');
  process.exit(2);
}
// npm runs scripts from the package root: DIR is relative to where `npm run` was typed.
const dir = resolve(process.env.INIT_CWD ?? process.cwd(), given);

const engine = await loadBundle(new URL('./corpus-entry.ts', import.meta.url).pathname, { minify: false });
const KNOWN_ANTISPAM_KEYS = new Set(engine.ANTISPAM_FIELDS.map((row) => row.field));

function emlFiles(root) {
  const out = [];
  const walk = (d) => {
    for (const name of readdirSync(d).sort()) {
      const path = join(d, name);
      const st = statSync(path);
      if (st.isDirectory()) walk(path);
      else if (/\.(?:eml|msg|mbox)$/i.test(name)) out.push(path);
    }
  };
  walk(root);
  return out;
}

/** A tally of keys with the first few files of each. */
class Tally {
  counts = new Map();
  files = new Map();
  add(key, file) {
    this.counts.set(key, (this.counts.get(key) ?? 0) + 1);
    const list = this.files.get(key) ?? [];
    if (list.length < EXAMPLES && !list.includes(file)) list.push(file);
    this.files.set(key, list);
  }
  total() {
    let n = 0;
    for (const c of this.counts.values()) n += c;
    return n;
  }
  print(title, { withFiles = true } = {}) {
    const rows = [...this.counts.entries()].sort((a, b) => b[1] - a[1] || String(a[0]).localeCompare(b[0]));
    console.log(`\n## ${title}: ${this.total()} in ${rows.length} kinds`);
    for (const [key, count] of rows.slice(0, TOP)) {
      console.log(`${String(count).padStart(7)}  ${key}`);
      if (withFiles) for (const f of this.files.get(key)) console.log(`           ${f}`);
    }
    if (rows.length > TOP) console.log(`    … ${rows.length - TOP} more kinds`);
  }
}

const verdicts = new Tally();
const findings = new Tally();
const warnings = new Tally();
const unknownResults = new Tally();
const mappedResults = new Tally();
const unlistedMethods = new Tally();
const offContract = new Tally();
const unknownAntispam = new Tally();
const unknownNdr = new Tally();
const crashes = new Tally();
const unreadable = new Tally();
const places = new Tally();

/** Groups warnings that differ only in the quoted text, numbers or line ranges they name. */
function warningKind(message) {
  return message
    .replace(/"[^"]*"/g, '"…"')
    .replace(/\d+/g, 'N')
    .slice(0, 120);
}

function printable(text) {
  return JSON.stringify(text).slice(1, -1).slice(0, 60);
}

const CONTRACT = (diagnosis) => [
  ['spf', diagnosis.auth.spf?.result],
  ...diagnosis.auth.dkim.map((d) => ['dkim', d.result]),
  ['dmarc', diagnosis.auth.dmarc?.result],
  ['compauth', diagnosis.auth.compauth?.result],
  ['arc', diagnosis.auth.arc?.result],
];

const files = emlFiles(dir);
const started = Date.now();
for (const path of files) {
  const file = relative(dir, path);
  const { messages, problems } = await engine.extractMessages(readFileSync(path), file);
  for (const problem of problems) unreadable.add(warningKind(problem.message.replace(file, 'FILE')), file);
  for (const message of messages) diagnoseMessage(message, file);
}

function diagnoseMessage(message, file) {
  places.add(message.attachment === null ? "the file's own message" : 'attached message', file);
  let parsed;
  let diagnosis;
  try {
    parsed = engine.parseHeaders(message.text);
    diagnosis = engine.diagnose(parsed);
  } catch (error) {
    crashes.add(String(error instanceof Error ? error.message : error).slice(0, 120), file);
    return;
  }
  verdicts.add(diagnosis.verdict, file);
  for (const f of diagnosis.findings) findings.add(f.id, file);
  for (const w of parsed.warnings) warnings.add(`${w.header || '(block)'}: ${warningKind(w.message)}`, file);
  const allResults = [
    ...parsed.authResults,
    ...parsed.arcAuthResults,
    ...(parsed.authResultsOriginal ?? []),
  ].flatMap((ar) => ar.results);
  for (const r of allResults) {
    const written = r.rawResult ?? r.result;
    if (!engine.hasResultList(r.method)) unlistedMethods.add(printable(r.method), file);
    else if (!engine.isRegisteredResult(r.method, written)) {
      unknownResults.add(`${printable(r.method)}=${printable(written)}`, file);
    }
    if (r.rawResult !== undefined && r.rawResult !== r.result) {
      mappedResults.add(`${printable(r.method)}=${printable(r.rawResult)} → ${r.result}`, file);
    }
  }
  for (const [method, result] of CONTRACT(diagnosis)) {
    if (result !== undefined && !engine.isRegisteredResult(method, result)) {
      offContract.add(`${method}=${printable(result)}`, file);
    }
  }
  for (const report of [parsed.forefront]) {
    for (const key of Object.keys(report?.fields ?? {})) {
      if (!KNOWN_ANTISPAM_KEYS.has(key)) unknownAntispam.add(printable(key), file);
    }
  }
  for (const n of parsed.ndr) {
    if (!engine.lookupNdrCode(n.code)) unknownNdr.add(n.code, file);
  }
}
const seconds = ((Date.now() - started) / 1000).toFixed(1);

console.log(`# corpus ${dir}: ${files.length} .eml, .msg and .mbox files, ${seconds} s`);
places.print('Messages diagnosed', { withFiles: false });
verdicts.print('Verdicts', { withFiles: false });
findings.print('Finding ids', { withFiles: false });
crashes.print('Crashes');
unreadable.print('Unreadable files and parts');
unknownResults.print('Result words outside the registered lists (as written)');
mappedResults.print('Result words the parser mapped');
unlistedMethods.print('Methods without a registered result list');
offContract.print('Diagnosis results outside the contract');
unknownAntispam.print('X-Forefront-Antispam-Report keys not in the knowledge table');
unknownNdr.print('NDR codes not in the table');
warnings.print('Parse warnings');
