/**
 * The engine's cost as a multiple of the cheapest thing any header tool must do: read every character of
 * the block once. Both are timed in the same loop, one after the other, so a busy machine slows both alike
 * and the ratio holds where absolute milliseconds do not.
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
 * Alternates one engine run and one scan of `raw` until both have `minRuns` samples and `minMs` of engine
 * time (at most `maxMs`); a scan shorter than the clock's resolution is repeated and divided.
 * Returns the engine's { runs, minMs, medianMs, p95Ms }, the scan's median `scanMs`, and `scanRatio`, the
 * engine's median ÷ the scan's.
 */
export function engineVsScan(engine, raw, { warmup, minRuns, minMs, maxMs }) {
  let sink = 0;
  for (let i = 0; i < warmup; i++) {
    engine.diagnoseHeaders(raw);
    sink += onePassScan(raw);
  }
  // Enough scans per sample for ~0.2 ms of work, so small blocks are not measured at timer granularity.
  const t = performance.now();
  sink += onePassScan(raw);
  const repeat = Math.max(1, Math.ceil(0.2 / Math.max(performance.now() - t, 0.001)));
  const engineSamples = [];
  const scanSamples = [];
  const started = performance.now();
  for (;;) {
    const t0 = performance.now();
    engine.diagnoseHeaders(raw);
    const t1 = performance.now();
    for (let r = 0; r < repeat; r++) sink += onePassScan(raw);
    const t2 = performance.now();
    engineSamples.push(t1 - t0);
    scanSamples.push((t2 - t1) / repeat);
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
