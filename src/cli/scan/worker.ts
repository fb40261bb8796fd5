/**
 * The worker side of the scan. The CLI's bundle is its own worker script (one file to ship): started with
 * this workerData, src/cli/main.ts serves tasks instead of running the command line.
 */
import type { MessagePort } from 'node:worker_threads';
import { type ScanTask, diagnoseTask } from './diagnose-task';

export const SCAN_WORKER = 'auth-doctor-scan-worker';

export function serveScanTasks(port: MessagePort): void {
  port.on('message', (task: ScanTask) => {
    void diagnoseTask(task).then((records) => port.postMessage(records));
  });
}
