/**
 * The benchmark cases, built from the bundled ./shapes.ts: shared by ./run.mjs (timing) and
 * ./memory-probe.mjs (memory, one child process per case) so both measure exactly the same blocks.
 */

export const KB = 1024;
export const MB = 1024 * 1024;

/** Speed, memory and size targets (median time) and Microsoft's Message Header Analyzer anchors. */
export const TARGETS = {
  typicalMs: 0.3,
  largeMs: 7,
  hostileMs: 50,
  memoryMB: 50,
  /**
   * Everything the pane loads before its verdict shows: the entry script and the engine chunks it preloads
   * (bench/bundle-size.mjs).
   */
  firstLoadGzipKB: 120,
  /** The pane's navigation → verdict at most this many times a blank page's navigation → paint (./pane-timing.mjs). */
  paneVsBlank: 2,
  /** Loads of each page the pane ratio is the median of. */
  paneRuns: 10,
  /** Each hostile 1 MB shape's ms/KB at most this many times the typical block's (a ratio: any machine). */
  hostileVsTypical: 20,
  /**
   * `auth-doctor scan` of 100,000 generated messages (./scan.mjs): messages per CPU second at least (all
   * threads' CPU time, which other processes barely change), and peak memory of the process with its
   * workers at most, a base plus a share per worker (a machine with more cores runs more workers).
   * Measured on 2 cores (2 workers) under a load average of 11: 1,681 messages per CPU second, 241 MB;
   * the targets are half that rate and a quarter more than that memory.
   */
  scanMessagesPerCpuSecond: 800,
  scanPeakRssBaseMB: 100,
  scanPeakRssPerWorkerMB: 100,
  /** Engine ÷ one pass over the same bytes (./scan-ratio.mjs), for realistic blocks of 10 KB and more. */
  realisticVsScan: 6,
  /** The same for the 150 short hops of the MHA anchor: per-hop work (dates, hosts) on little text. */
  hopsVsScan: 10,
  /** The same for each 1 MB hostile shape. */
  hostileVsScan: 4,
};

/**
 * @typedef {{ id: string, group: 'typical' | 'large' | 'hostile' | 'scaling' | 'anchor',
 *   shape?: string, targetMs?: number, mhaMs?: number, scanTarget?: number,
 *   build: (engine: any) => string }} BenchCase
 */

/** @returns {BenchCase[]} */
export function benchCases(engine) {
  const cases = [
    {
      id: 'typical-exo-8-hops',
      group: 'typical',
      targetMs: TARGETS.typicalMs,
      scanTarget: TARGETS.realisticVsScan,
      build: (e) => e.typicalExchangeInbound(),
    },
    {
      id: 'large-150-hops-50-arc',
      group: 'large',
      targetMs: TARGETS.largeMs,
      scanTarget: TARGETS.realisticVsScan,
      build: (e) => e.largeRelayed(),
    },
  ];
  for (const shape of engine.HOSTILE_SHAPES) {
    for (const size of [10 * KB, 100 * KB]) {
      cases.push({
        id: `${shape.name}@${size / KB}KB`,
        group: 'scaling',
        shape: shape.name,
        build: (e) => e.HOSTILE_SHAPES.find((s) => s.name === shape.name).build(size),
      });
    }
    cases.push({
      id: `${shape.name}@1MB`,
      group: 'hostile',
      shape: shape.name,
      targetMs: TARGETS.hostileMs,
      scanTarget: TARGETS.hostileVsScan,
      build: (e) => e.HOSTILE_SHAPES.find((s) => s.name === shape.name).build(MB),
    });
  }
  // Message Header Analyzer (parse + rules) on this kind of machine, as measured before the project started.
  cases.push(
    { id: 'mha-anchor-0.7KB', group: 'anchor', mhaMs: 2.8, build: (e) => e.smallBlock() },
    {
      id: 'mha-anchor-18.5KB-150-hops',
      group: 'anchor',
      mhaMs: 9.8,
      scanTarget: TARGETS.hopsVsScan,
      build: (e) => e.manyHops(150, 18.5 * KB),
    },
    {
      id: 'mha-anchor-183KB-1500-hops',
      group: 'anchor',
      mhaMs: 76,
      scanTarget: TARGETS.realisticVsScan,
      build: (e) => e.manyHops(1500, 183 * KB),
    },
    {
      id: 'mha-anchor-293KB-nested-parens',
      group: 'anchor',
      mhaMs: 29000,
      build: (e) => e.HOSTILE_SHAPES.find((s) => s.name === 'nested-comments').build(293 * KB),
    },
  );
  return cases;
}
