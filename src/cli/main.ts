/**
 * Entry point of `auth-doctor` (bundled by scripts/build-cli.mjs): wires the real process into run(), or
 * into runScan() for `auth-doctor scan`. The same bundle is the scan's worker script (./scan/worker.ts).
 */
import { isMainThread, parentPort, workerData } from 'node:worker_threads';
import { nodeIo } from './node-io';
import { run } from './run';
import { nodeScanIo } from './scan/node-scan-io';
import { runScan } from './scan/scan';
import { SCAN_WORKER, serveScanTasks } from './scan/worker';

if (!isMainThread && workerData === SCAN_WORKER && parentPort !== null) serveScanTasks(parentPort);
else main();

function main(): void {
  // `auth-doctor … | head` closes the pipe early: that is the reader's choice, not an error to report.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(0);
    throw error;
  });
  const argv = process.argv.slice(2);
  // exitCode rather than exit(): lets pending output to a pipe drain before the process ends.
  (argv[0] === 'scan' ? runScan(argv.slice(1), nodeScanIo()) : run(argv, nodeIo())).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      process.stderr.write(
        `auth-doctor: internal error: ${error instanceof Error ? error.message : String(error)}\n`,
      );
      process.exitCode = 1;
    },
  );
}
