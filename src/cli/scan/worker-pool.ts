/**
 * A pool of worker threads, each diagnosing one task at a time (so a worker holds one file or message,
 * never a backlog: the queue lives in the main thread, bounded by the scan). A worker that dies (out of
 * its memory limit, or an engine bug) fails only its task, which becomes an error record, and is replaced;
 * unless workers keep dying with no task done in between (a bundle that cannot load, a heap too small to
 * hold it): then the pool starts no more, and every task left becomes an error record that says why.
 */
import { Worker } from 'node:worker_threads';
import type { ScanTask } from './diagnose-task';
import type { ScanPool } from './pool';
import { type ScanRecord, errorRecord } from './record';
import { SCAN_WORKER } from './worker';
import { WORKER_HEAP_MB } from './worker-heap';

/**
 * Deaths in a row, per worker, after which the pool gives up. Per worker because all of them die at once
 * when none can start; a few in a row each, because a task too large for a worker kills only that worker.
 */
const DEATHS_IN_A_ROW_PER_WORKER = 3;

interface Job {
  task: ScanTask;
  resolve(records: ScanRecord[]): void;
}

/** `heapMb` is each worker's heap limit; a test lowers it to make a worker die of a large message. */
export function workerPool(script: string, size: number, heapMb = WORKER_HEAP_MB): ScanPool {
  const queue: Job[] = [];
  const idle: Worker[] = [];
  const busy = new Map<Worker, Job>();
  const all = new Set<Worker>();
  let closing = false;
  let deathsInARow = 0;
  /** Set when the pool has given up: why each task left cannot be diagnosed. */
  let brokenBecause: string | null = null;

  const fail = (job: Job, why: string): void =>
    job.resolve(
      job.task.items.map((item) => errorRecord(item.file, { index: item.index, attachment: null }, why)),
    );

  function start(): void {
    const worker = new Worker(script, {
      workerData: SCAN_WORKER,
      resourceLimits: { maxOldGenerationSizeMb: heapMb },
    });
    all.add(worker);
    worker.on('message', (records: ScanRecord[]) => {
      deathsInARow = 0;
      busy.get(worker)?.resolve(records);
      busy.delete(worker);
      idle.push(worker);
      dispatch();
    });
    const lost = (why: string): void => {
      if (!all.delete(worker)) return;
      // A worker can die idle (or just after its answer): a task posted to it would never settle.
      const at = idle.indexOf(worker);
      if (at !== -1) idle.splice(at, 1);
      const job = busy.get(worker);
      busy.delete(worker);
      if (job !== undefined) fail(job, `could not be diagnosed: ${why}`);
      if (closing || brokenBecause !== null) return;
      deathsInARow++;
      if (deathsInARow >= DEATHS_IN_A_ROW_PER_WORKER * size) {
        brokenBecause = `could not be diagnosed: the scan's workers stopped ${deathsInARow} times in a row without finishing a task (last: ${why})`;
        for (const queued of queue.splice(0)) fail(queued, brokenBecause);
        return;
      }
      start();
      dispatch();
    };
    worker.on('error', (error: Error) => lost(error.message));
    worker.on('exit', (code) => lost(`the worker stopped (exit code ${code})`));
    idle.push(worker);
  }

  function dispatch(): void {
    while (idle.length > 0 && queue.length > 0) {
      const worker = idle.pop() as Worker;
      const job = queue.shift() as Job;
      busy.set(worker, job);
      // The bytes are the items' own buffers: moved to the worker, not copied.
      const buffers = job.task.items.flatMap((item) =>
        item.bytes === null ? [] : [item.bytes.buffer as ArrayBuffer],
      );
      worker.postMessage(job.task, buffers);
    }
  }

  for (let i = 0; i < size; i++) start();
  return {
    size,
    run: (task) =>
      new Promise((resolve) => {
        if (brokenBecause !== null) {
          fail({ task, resolve }, brokenBecause);
        } else {
          queue.push({ task, resolve });
          dispatch();
        }
      }),
    async close() {
      closing = true;
      await Promise.all([...all].map((worker) => worker.terminate()));
    },
  };
}
