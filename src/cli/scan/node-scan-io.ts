/** The real process as a ScanIo: files streamed in large chunks, a worker thread per core. */
import { createReadStream } from 'node:fs';
import { availableParallelism } from 'node:os';
import { performance } from 'node:perf_hooks';
import type { ScanIo } from './scan-io';
import { workerPool } from './worker-pool';

/** Large reads: an mbox of several GB is read in a few thousand calls, not hundreds of thousands. */
const READ_CHUNK = 1024 * 1024;

export function nodeScanIo(): ScanIo {
  return {
    stdout: { write: (text: string) => process.stdout.write(text) },
    stderr: { isTTY: process.stderr.isTTY === true, write: (text: string) => process.stderr.write(text) },
    fileChunks: (path: string) => createReadStream(path, { highWaterMark: READ_CHUNK }),
    // The bundle (dist/cli/auth-doctor.js) is its own worker script: see ./worker.ts.
    createPool: (jobs) => workerPool(__filename, jobs ?? availableParallelism()),
    now: () => performance.now(),
  };
}
