/**
 * The engine's cost as a multiple of the cheapest thing any header tool must do: read every character of
 * the block once. Both are timed in the same loop, in alternating blocks, so a busy machine slows both.
 * Not exactly alike, though: measured on 2 cores, a busy sibling core slowed the scan 2.1× and the engine
 * 1.6× (ratio lower), while more runnable processes than cores slowed a 10 ms engine run more than a 2 ms
 * scan (ratio higher). The ratio is meant for a quiet machine; the bench prints the load average beside it.
 */
import { performance } from 'node:perf_hooks';

/**
 * One pass over the bytes: reads every char code and counts line breaks and colons (what a splitter needs
 * to find field lines), with no allocation. Returns the counts so the loop cannot be optimised away.
 */
export function onePassScan(raw) {
  let breaks = 0;
  let colons = 0;
  for (let i = 0; i < raw.length; i++) {
    const c = raw.charCodeAt(i);
    if (c === 10) breaks++;
    else if (c === 58) colons++;
  }
  return breaks + colons;
}

/** The q-quantile of sorted samples (the same rule as bench/run.mjs's medians and p95s). */
export const quantile = (sorted, q) =>
  sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))];

/**
 * Runs the engine on `raw` at least `warmup` times and for at least `warmupMs`. V8 optimises the engine's
 * many functions over its first few thousand runs of a small block, and samples taken before that time the
 * tiering, not the engine: the typical block read 6.9× the scan over the first second of a loop after 200
 * warm-up runs, and 4.9–5.2× in each of the five seconds after it.
 */
export function warmUp(engine, raw, { warmup, warmupMs = 0 }) {
  const started = performance.now();
  for (let i = 0; i < warmup || performance.now() - started < warmupMs; i++) engine.diagnoseHeaders(raw);
}

/** Engine time per block before the scan takes its turn: long enough to include the engine's own GC pauses. */
const ENGINE_BLOCK_MS = 10;
/** Scan time per block (after the discarded first pass), and the fewest samples a block takes. */
const SCAN_BLOCK_MS = 2;
const SCAN_BLOCK_SAMPLES = 3;

/**
 * Alternates blocks of engine runs (~10 ms) and blocks of scans of `raw` until the engine has `minRuns`
 * samples and `minMs` of engine time (at most `maxMs`); a scan shorter than the clock's resolution is
 * repeated and divided. Blocks, not single runs, alternate: a scan timed right after an engine run ran up
 * to 2× slower than the same scan a few passes later (the engine's allocation leaves the caches and the
 * core in a state the scan pays for; measured on the 10.7 KB and 18.5 KB blocks, median 0.035 vs 0.017 ms),
 * which made the ratio flatter the engine and flip between runs. So the first pass of each scan block is
 * discarded and the rest are timed in the scan's steady state, while blocks still alternate often enough
 * that a busy machine slows both alike.
 * Returns the engine's { runs, minMs, medianMs, p95Ms }, the scan's median `scanMs`, and `scanRatio`, the
 * engine's median ÷ the scan's.
 */
export function engineVsScan(engine, raw, { warmup, warmupMs, minRuns, minMs, maxMs }) {
  let sink = 0;
  warmUp(engine, raw, { warmup, warmupMs });
  for (let i = 0; i < warmup; i++) sink += onePassScan(raw);
  // Enough scans per sample for ~0.2 ms of work, so small blocks are not measured at timer granularity.
  const t = performance.now();
  sink += onePassScan(raw);
  const repeat = Math.max(1, Math.ceil(0.2 / Math.max(performance.now() - t, 0.001)));
  const engineSamples = [];
  const scanSamples = [];
  const started = performance.now();
  for (;;) {
    const blockStart = performance.now();
    do {
      const t0 = performance.now();
      engine.diagnoseHeaders(raw);
      engineSamples.push(performance.now() - t0);
    } while (performance.now() - blockStart < ENGINE_BLOCK_MS);
    sink += onePassScan(raw);
    const scanStart = performance.now();
    for (let n = 0; n < SCAN_BLOCK_SAMPLES || performance.now() - scanStart < SCAN_BLOCK_MS; n++) {
      const t1 = performance.now();
      for (let r = 0; r < repeat; r++) sink += onePassScan(raw);
      scanSamples.push((performance.now() - t1) / repeat);
    }
    const spent = performance.now() - started;
    if ((engineSamples.length >= minRuns && spent >= minMs) || (spent >= maxMs && engineSamples.length >= 5))
      break;
  }
  if (sink === -1) console.log(sink);
  engineSamples.sort((a, b) => a - b);
  scanSamples.sort((a, b) => a - b);
  const medianMs = quantile(engineSamples, 0.5);
  const scanMs = quantile(scanSamples, 0.5);
  return {
    runs: engineSamples.length,
    minMs: engineSamples[0],
    medianMs,
    p95Ms: quantile(engineSamples, 0.95),
    scanMs,
    scanRatio: medianMs / scanMs,
  };
}
