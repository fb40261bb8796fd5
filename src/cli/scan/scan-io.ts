import type { ProgressOutput } from './progress';
import type { ScanPool } from './pool';

/** What `auth-doctor scan` needs from its host; ./node-scan-io.ts gives the real process, tests give fakes. */
export interface ScanIo {
  stdout: { write(text: string): unknown };
  stderr: ProgressOutput;
  /** As CliIo.fileChunks: the bytes as they are read; rejects with a Node-style error code. */
  fileChunks(path: string): AsyncIterable<Uint8Array>;
  /** Workers to diagnose with: `jobs` of them, or one per core when null. */
  createPool(jobs: number | null): ScanPool;
  /** Milliseconds on a monotonic clock, for the progress rate. */
  now(): number;
}
