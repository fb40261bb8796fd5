import type { ScanTask } from './diagnose-task';
import type { ScanRecord } from './record';

/** Where a scan's tasks run: worker threads in the CLI (./worker-pool.ts), the calling thread in tests. */
export interface ScanPool {
  /** Tasks that can run at once. */
  readonly size: number;
  /** Never rejects: a task that could not run resolves to an error record. */
  run(task: ScanTask): Promise<ScanRecord[]>;
  close(): Promise<void>;
}
