/**
 * The timing half of the linear-time check of src/'s regexes (the static half, recheck, is jest's
 * test/robustness/regex-linear.test.ts). recheck finds some polynomial verdicts only by fuzzing, and its
 * matcher counts steps V8's optimisations may skip (seen: a "2nd degree" report for the Received IP
 * pattern that V8 matches linearly up to 800 K characters). So each such verdict is replayed in V8: the
 * attack string at n and 4n repetitions; 4× the input costing more than 8× the time (linear ≈ 4×,
 * quadratic ≈ 16×) confirms it, and a confirmed verdict fails the bench. A timing depends on the machine,
 * which is why it runs here and not in jest.
 */
import { check } from 'recheck';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { loadBundle } from './load-engine.mjs';

const HERE = fileURLToPath(new URL('.', import.meta.url));

function attackString(attack, repeat) {
  return (
    attack.pumps.map((p) => p.prefix + p.pump.repeat(Math.max(0, repeat + p.bias))).join('') + attack.suffix
  );
}

/** Fastest of three runs over `text` (search semantics, as exec/test/replace use it), in ms. */
function matchTime(regex, text) {
  let best = Infinity;
  for (let i = 0; i < 3; i++) {
    const started = performance.now();
    regex.exec(text);
    best = Math.min(best, performance.now() - started);
  }
  return best;
}

/**
 * Whether V8 shows the growth recheck's attack claims. The regex is warmed up first: V8 interprets a new
 * regex's bytecode and compiles it once it is hot, and both sizes must be timed on the same tier.
 */
export function replayInV8(source, flags, attack) {
  const regex = new RegExp(source, flags.replace(/[gy]/g, ''));
  const n = Math.min(attack.base, 4000);
  const smallText = attackString(attack, n);
  for (let i = 0; i < 5; i++) regex.exec(smallText);
  const smallMs = matchTime(regex, smallText);
  const largeMs = matchTime(regex, attackString(attack, 4 * n));
  const ratio = largeMs / Math.max(smallMs, 0.01);
  return { n, smallMs, largeMs, ratio, confirmed: ratio > 8 && largeMs > 5 };
}

/**
 * Checks every distinct regex of src/ with recheck and replays its fuzzed polynomial verdicts in V8.
 * Returns a row per replayed verdict, and failures for confirmed ones (and for any other verdict that is
 * not linear, which jest also reports).
 */
export async function regexReplay() {
  const { findRegexes } = await loadBundle(join(HERE, 'regex-entry.ts'), {
    external: ['typescript'],
    define: { __dirname: JSON.stringify(join(HERE, '..', 'test', 'robustness')) },
  });
  const byPattern = new Map();
  for (const r of findRegexes().regexes) {
    const key = `/${r.source}/${r.flags}`;
    byPattern.set(key, [...(byPattern.get(key) ?? []), r]);
  }
  // The replay is trusted only if it confirms a known quadratic regex.
  const control = await check('\\s+$', '', { randomSeed: 1 });
  const controlReplay = control.status === 'vulnerable' ? replayInV8('\\s+$', '', control.attack) : null;
  const failures = controlReplay?.confirmed ? [] : ['regex replay: V8 did not confirm the quadratic /\\s+$/'];
  const rows = [];
  for (const [key, [r, ...others]] of byPattern) {
    const d = await check(r.source, r.flags, { timeout: 60_000, randomSeed: 1 });
    if (d.status === 'safe') continue;
    const sites = [r, ...others].map((x) => x.site).join(', ');
    if (d.status === 'vulnerable' && d.complexity.type === 'polynomial' && d.complexity.isFuzz) {
      const replay = replayInV8(r.source, r.flags, d.attack);
      rows.push({ pattern: key, sites, claim: d.complexity.summary, ...replay });
      if (replay.confirmed) failures.push(`${sites} ${key}: ${d.complexity.summary}, confirmed in V8`);
    } else failures.push(`${sites} ${key}: ${d.status === 'vulnerable' ? d.complexity.summary : 'unknown'}`);
  }
  return { patterns: byPattern.size, control: controlReplay, rows, failures };
}
