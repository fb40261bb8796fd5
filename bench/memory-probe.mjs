/**
 * Child process of ./run.mjs: measures the memory one parse + diagnose costs, in a fresh process so one
 * case's garbage or heap growth never counts against another.
 *
 *   node --expose-gc bench/memory-probe.mjs <bundle.mjs> <case id>   → one JSON line on stdout
 *
 * Method: build the input, collect garbage, note the resident set size (RSS) and V8's used heap; run
 * parse + diagnose once while keeping the Diagnosis alive; then
 * - peakRssMB = the process's peak RSS (getrusage maxrss) minus the RSS before the run: everything the run
 *   made the process hold at its worst moment (V8 heap growth, strings, external buffers). An upper
 *   bound: if an earlier moment (loading the bundle) peaked higher, that is counted too.
 * - retainedHeapMB = used heap after a full GC with the Diagnosis still referenced, minus before: what
 *   the result keeps.
 */
import { pathToFileURL } from 'node:url';
import { benchCases } from './cases.mjs';

const [bundlePath, caseId] = process.argv.slice(2);
const engine = await import(pathToFileURL(bundlePath).href);
const spec = benchCases(engine).find((c) => c.id === caseId);
if (!spec) {
  console.error(`memory-probe: unknown case ${caseId}`);
  process.exit(2);
}
if (typeof globalThis.gc !== 'function') {
  console.error('memory-probe: run with --expose-gc');
  process.exit(2);
}

// A flat copy: the generators build ropes, and flattening one is not the engine's cost.
const raw = JSON.parse(JSON.stringify(spec.build(engine)));
// Warm the code once on a small block so compiled code and lazily built tables are not billed to the case.
engine.diagnoseHeaders(engine.smallBlock());
globalThis.gc();
globalThis.gc();
const rssBefore = process.memoryUsage().rss;
const heapBefore = process.memoryUsage().heapUsed;
const diagnosis = engine.diagnoseHeaders(raw);
const peakRss = process.resourceUsage().maxRSS * 1024;
globalThis.gc();
const heapAfter = process.memoryUsage().heapUsed;
const MB = 1024 * 1024;
console.log(
  JSON.stringify({
    id: caseId,
    inputMB: raw.length / MB,
    peakRssMB: Math.max(0, peakRss - rssBefore) / MB,
    retainedHeapMB: Math.max(0, heapAfter - heapBefore) / MB,
    findings: diagnosis.findings.length,
  }),
);
