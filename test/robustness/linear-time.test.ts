/**
 * Hostile input costs no more per KB than ordinary input (issue 6): each hostile shape of
 * bench/shapes.ts, grown to 1 MB, is timed against the typical Exchange Online block, and the test fails
 * when its cost per KB is more than 20× the typical block's. A ratio, not an absolute time, so a slow or
 * loaded machine does not fail it; medians of several runs so one GC pause or scheduler hiccup does not
 * either. A quadratic step shows up here: at 1 MB it costs ~100× what it costs at 10 KB.
 * Absolute targets (ms) live in `npm run bench`.
 */
import { HOSTILE_SHAPES, typicalExchangeInbound } from '../../bench/shapes';
import { diagnoseHeaders } from '../../src/rules/index';

const MAX_RATIO = 20;
const HOSTILE_BYTES = 1024 * 1024;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

/** Median ms per KB of parse + diagnose over `runs` runs, after one warm-up run. */
function msPerKB(raw: string, runs: number): number {
  diagnoseHeaders(raw);
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    diagnoseHeaders(raw);
    samples.push(performance.now() - started);
  }
  return median(samples) / (raw.length / 1024);
}

describe('cost per KB of hostile blocks against the typical block', () => {
  const typical = typicalExchangeInbound();
  let typicalMsPerKB = 0;

  beforeAll(() => {
    // Many runs of a small block: warms the compiled code and gives a stable baseline.
    for (let i = 0; i < 100; i++) diagnoseHeaders(typical);
    typicalMsPerKB = msPerKB(typical, 300);
  });

  it('the typical block is the ~10 KB, 8-hop block the bench measures', () => {
    expect(typical.length).toBeGreaterThan(9 * 1024);
    expect(typical.length).toBeLessThan(12 * 1024);
    expect(diagnoseHeaders(typical).hops).toHaveLength(8);
    expect(typicalMsPerKB).toBeGreaterThan(0);
  });

  it.each(HOSTILE_SHAPES.map((shape): [string, (typeof HOSTILE_SHAPES)[number]] => [shape.name, shape]))(
    '%s (1 MB) costs at most 20× the typical block per KB',
    (_name, shape) => {
      const raw = shape.build(HOSTILE_BYTES);
      expect(raw.length).toBeGreaterThanOrEqual(HOSTILE_BYTES * 0.95);
      const hostile = msPerKB(raw, 3);
      const ratio = hostile / typicalMsPerKB;
      if (ratio > MAX_RATIO) {
        throw new Error(
          `${shape.name}: ${hostile.toFixed(4)} ms/KB at ${(raw.length / 1024).toFixed(0)} KB is ${ratio.toFixed(1)}× ` +
            `the typical block's ${typicalMsPerKB.toFixed(4)} ms/KB (limit ${MAX_RATIO}×): ${shape.description}`,
        );
      }
      expect(ratio).toBeLessThanOrEqual(MAX_RATIO);
    },
    60_000,
  );
});
