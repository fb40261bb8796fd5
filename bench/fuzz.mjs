#!/usr/bin/env node
/**
 * `npm run fuzz -- --runs 1000000`: the robustness properties (test/robustness/engine-properties.ts:
 * never throws, Diagnosis valid against schema/diagnosis.schema.json, no swallowed internal error,
 * idempotent on unfold, every report free of control and bidi characters) on arbitrary text, arbitrary
 * bytes and mutated real fixtures, for as many runs as asked.
 *
 *   --runs N         total runs (default 20000), split into batches of --batch (default 10000)
 *   --seed S         first seed (default: time based); batch k uses seed S + k, so any batch can be replayed
 *   --minutes M      stop after the batch that passes M minutes (the runs completed are reported)
 *
 * A failing batch stops at its first counterexample (shrunk by fast-check) and the run goes on with the
 * next seed; distinct counterexamples (by their first problem, numbers and quoted text aside) are printed
 * and written to fuzz-counterexamples/<timestamp>.json with seed and path (fc.check { seed, path }
 * replays one). Exit status 1 when any was found.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadBundle } from './load-engine.mjs';

const ROOT = join(fileURLToPath(new URL('.', import.meta.url)), '..');

function option(name, fallback) {
  const args = process.argv.slice(2);
  const i = args.indexOf(`--${name}`);
  if (i < 0) return fallback;
  const value = Number(args[i + 1]);
  if (!Number.isFinite(value)) throw new Error(`--${name} needs a number`);
  return value;
}

function fixtureTexts() {
  const walk = (dir) =>
    readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
      e.isDirectory() ? walk(join(dir, e.name)) : e.name.endsWith('.eml') ? [join(dir, e.name)] : [],
    );
  return walk(join(ROOT, 'test', 'fixtures'))
    .sort()
    .map((path) => readFileSync(path, 'utf8'));
}

const totalRuns = option('runs', 20000);
const batch = Math.min(option('batch', 10000), totalRuns);
const firstSeed = option('seed', Date.now() % 2 ** 31);
const minutes = option('minutes', Infinity);

const { fc, engineProblems, arbitraryBytes, arbitraryText, mutatedFixture } = await loadBundle(
  join(ROOT, 'bench', 'fuzz-entry.ts'),
);
const fixtures = fixtureTexts();
// Mostly mutated fixtures: they reach deep into every field parser and rule; the rest is raw noise.
const block = fc.oneof(
  { weight: 6, arbitrary: mutatedFixture(fixtures) },
  { weight: 2, arbitrary: arbitraryText },
  { weight: 2, arbitrary: arbitraryBytes },
);
const property = fc.property(block, (raw) => {
  const problems = engineProblems(raw);
  if (problems.length > 0) throw new Error(problems.join('\n'));
});

console.log(
  `fuzz: ${totalRuns} runs in batches of ${batch}, first seed ${firstSeed}, ${fixtures.length} fixtures` +
    (Number.isFinite(minutes) ? `, at most ${minutes} min` : ''),
);
/** Problems that differ only in indexes, numbers or quoted text are the same bug. */
function signature(problems) {
  return (problems[0] ?? '')
    .replace(/\[\d+\]/g, '[]')
    .replace(/"(?:[^"\\]|\\.)*"/g, '"…"')
    .replace(/\d+/g, 'N')
    .slice(0, 160);
}

const started = Date.now();
let done = 0;
/** Distinct counterexamples by signature: the run goes on after one, with the next seed. */
const failures = new Map();
for (let k = 0; done < totalRuns; k++) {
  const seed = firstSeed + k;
  const numRuns = Math.min(batch, totalRuns - done);
  const details = fc.check(property, { numRuns, seed });
  done += details.numRuns;
  if (details.failed) {
    const problems = String(details.errorInstance?.message ?? details.error ?? '').split('\n');
    const key = signature(problems);
    if (!failures.has(key)) {
      const failure = {
        found: new Date().toISOString(),
        seed,
        path: details.counterexamplePath,
        counterexample: details.counterexample?.[0],
        problems,
      };
      failures.set(key, failure);
      console.error(
        `  COUNTEREXAMPLE (seed ${seed}, path ${failure.path}): ${JSON.stringify(failure.counterexample).slice(0, 300)}`,
      );
      console.error(`    ${problems.slice(0, 5).join('\n    ')}`);
    }
  }
  const elapsed = (Date.now() - started) / 1000;
  console.log(
    `  ${done} runs (${elapsed.toFixed(0)} s, ${Math.round(done / elapsed)} runs/s), ${failures.size} distinct counterexample(s)`,
  );
  if (elapsed / 60 >= minutes) break;
}

const seconds = ((Date.now() - started) / 1000).toFixed(0);
if (failures.size > 0) {
  const dir = join(ROOT, 'fuzz-counterexamples');
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `${new Date().toISOString().replace(/[:.]/g, '-')}.json`);
  writeFileSync(
    file,
    `${JSON.stringify({ runs: done, firstSeed, counterexamples: [...failures.values()] }, null, 2)}\n`,
  );
  console.error(
    `\nfuzz: ${failures.size} distinct counterexample(s) in ${done} runs (${seconds} s), written to ${file}`,
  );
  for (const f of failures.values()) {
    console.error(
      `\nseed ${f.seed} path ${f.path}\ninput: ${JSON.stringify(f.counterexample)}\n  ${f.problems.slice(0, 10).join('\n  ')}`,
    );
  }
  process.exit(1);
}
console.log(`fuzz: ${done} runs, no counterexample (${seconds} s)`);
