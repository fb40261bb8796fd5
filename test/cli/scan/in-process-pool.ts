/**
 * A ScanPool that diagnoses on the calling thread with the workers' own function: jest cannot start the
 * TypeScript sources as worker threads, so the in-process tests run the scan's logic through this, and
 * scan-bundle.test.ts runs the real worker threads of the bundled CLI.
 */
import { type ScanTask, diagnoseTask } from '../../../src/cli/scan/diagnose-task';
import type { ScanPool } from '../../../src/cli/scan/pool';

export function inProcessPool(size = 2): ScanPool & { tasks: ScanTask[] } {
  const tasks: ScanTask[] = [];
  return {
    size,
    tasks,
    run: async (task) => {
      tasks.push(task);
      // Finishes out of order (later tasks first), as workers do.
      await new Promise((resolve) => setTimeout(resolve, tasks.length % 2 === 0 ? 0 : 5));
      return diagnoseTask(task);
    },
    close: async () => undefined,
  };
}
