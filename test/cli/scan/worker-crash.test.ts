/**
 * A worker thread that dies mid-batch, for real: the scan runs in process on a pool of the bundled CLI's
 * own worker threads (as the CLI starts them), with a heap limit of a few MB instead of the CLI's 1 GB, so
 * a message of a few MB makes V8 stop the worker as out of memory while small messages fit.
 */
import { createReadStream, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import threads from 'node:worker_threads';
import type { ScanTask } from '../../../src/cli/scan/diagnose-task';
import { isError } from '../../../src/cli/scan/record';
import { runScan } from '../../../src/cli/scan/scan';
import type { ScanIo } from '../../../src/cli/scan/scan-io';
import { workerPool } from '../../../src/cli/scan/worker-pool';
import { buildCliBundle } from '../../support/cli-bundle';

const SAMPLES = join(__dirname, '..', 'samples');
const GMAIL = readFileSync(join(SAMPLES, 'gmail-pass.eml'), 'latin1');
const EXO = readFileSync(join(SAMPLES, 'exo-compauth-001.eml'), 'latin1');

/** Enough for the bundle and the small samples; measured to stop a worker on the heavy message. */
const SMALL_HEAP_MB = 16;
/**
 * 6 MB of short header fields: the parse makes many small objects, so the heap fills gradually and V8
 * stops the worker alone. (One allocation far past the limit, like a string of tens of MB, makes V8
 * abort the whole process instead.)
 */
const HEAVY_MESSAGE = `${GMAIL.slice(0, GMAIL.indexOf('\n\n'))}\n${'X-Filler: aaaaaaaaaaaaaaaaaaaa\n'.repeat(200_000)}\nbody\n`;
const OUT_OF_MEMORY =
  'could not be diagnosed: Worker terminated due to reaching memory limit: JS heap out of memory';

let dir: string;
let bin: string;
let tree: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'auth-doctor-crash-cli-'));
  bin = join(dir, 'auth-doctor.js');
  buildCliBundle(bin);
  tree = mkdtempSync(join(tmpdir(), 'auth-doctor-crash-tree-'));
  // In input order: two small files the worker reads, then an mbox past the size the workers read (split
  // here, its message's bytes join the same batch and close it), then two small files: the next batch.
  writeFileSync(join(tree, '1-gmail.eml'), GMAIL, 'latin1');
  writeFileSync(join(tree, '2-exo.eml'), EXO, 'latin1');
  writeFileSync(join(tree, '3-heavy.mbox'), `From MAILER-DAEMON Mon Dec  1 00:00:00 2026\n${HEAVY_MESSAGE}`);
  writeFileSync(join(tree, '4-exo.eml'), EXO, 'latin1');
  writeFileSync(join(tree, '5-gmail.eml'), GMAIL, 'latin1');
}, 60_000);

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
  rmSync(tree, { recursive: true, force: true });
});

/** `auth-doctor scan ARGS… TREE` on one worker thread of `heapMb`: the exit status and the JSON lines. */
async function scanTree(
  args: string[],
  heapMb?: number,
): Promise<{ status: number; lines: Array<Record<string, unknown>> }> {
  let out = '';
  const io: ScanIo = {
    stdout: { write: (text: string) => (out += text) },
    stderr: { isTTY: false, write: () => true },
    fileChunks: (path) => createReadStream(path),
    createPool: (jobs) => workerPool(bin, jobs ?? 1, heapMb),
    now: () => 0,
  };
  const status = await runScan(['--format', 'jsonl', '--jobs', '1', ...args, tree], io);
  const lines = out
    .split(tree + '/')
    .join('')
    .trimEnd()
    .split('\n')
    .map((line) => JSON.parse(line) as Record<string, unknown>);
  return { status, lines };
}

describe('auth-doctor scan when a worker thread dies', () => {
  it('turns each input of its batch into an error record, in place, and a new worker diagnoses the rest', async () => {
    const normal = await scanTree([]);
    const crashed = await scanTree([], SMALL_HEAP_MB);

    // With the CLI's heap every message is diagnosed, the heavy one too: the limit alone kills the worker.
    expect(normal.status).toBe(0);
    expect(normal.lines.map((line) => [line.file, line.verdict])).toEqual([
      ['1-gmail.eml', 'pass'],
      ['2-exo.eml', 'fail'],
      ['3-heavy.mbox', 'pass'],
      ['4-exo.eml', 'fail'],
      ['5-gmail.eml', 'pass'],
      [undefined, undefined],
    ]);

    // The whole batch is lost, the small files before the heavy message too, each with its own record;
    // the next batch, on the worker that replaced it, gives the same records as the normal scan.
    expect(crashed.status).toBe(0);
    expect(crashed.lines).toEqual([
      { file: '1-gmail.eml', error: OUT_OF_MEMORY },
      { file: '2-exo.eml', error: OUT_OF_MEMORY },
      { file: '3-heavy.mbox', index: 1, error: OUT_OF_MEMORY },
      normal.lines[3],
      normal.lines[4],
      {
        summary: expect.objectContaining({
          files: 5,
          messages: 2,
          errors: 3,
          verdicts: expect.objectContaining({ pass: 1, fail: 1 }) as unknown,
        }) as unknown,
      },
    ]);
  }, 60_000);

  it('never hands a task to a worker that died idle', async () => {
    // 2 MB cannot even hold the bundle: each worker dies as it starts, before any task, and is replaced.
    const pool = workerPool(bin, 2, 2);
    try {
      await new Promise((resolve) => setTimeout(resolve, 500));
      const task = (file: string): ScanTask => ({
        items: [{ file, index: null, bytes: null }],
        recipient: null,
        maxBytes: 1024 * 1024,
      });
      // More tasks than workers at once: the third goes to whichever worker is idle after the first two.
      const files = ['1-gmail.eml', '2-exo.eml', '4-exo.eml'].map((name) => join(tree, name));
      const settled = Promise.all(files.map((file) => pool.run(task(file))));
      let timer: NodeJS.Timeout | undefined;
      const timeout = new Promise<'never settled'>((resolve) => {
        timer = setTimeout(resolve, 10_000, 'never settled');
      });
      const records = await Promise.race([settled, timeout]).finally(() => clearTimeout(timer));
      expect(records).toEqual(
        files.map((file) => [{ file, error: expect.stringMatching(/^could not be diagnosed: /) as unknown }]),
      );
    } finally {
      await pool.close();
    }
  }, 30_000);

  it('stops starting workers that keep dying without finishing a task, and fails every task left', async () => {
    const RealWorker = threads.Worker;
    const starts = jest
      .spyOn(threads, 'Worker')
      .mockImplementation((...args: ConstructorParameters<typeof threads.Worker>) => new RealWorker(...args));
    // As above, no worker can load the bundle: before the guard the pool restarted them for as long as it
    // was open.
    const pool = workerPool(bin, 2, 2);
    try {
      const task: ScanTask = {
        items: [{ file: join(tree, '1-gmail.eml'), index: null, bytes: null }],
        recipient: null,
        maxBytes: 1024 * 1024,
      };
      const gaveUp =
        /^could not be diagnosed: the scan's workers stopped 6 times in a row without finishing a task \(last: .+\)$/;
      let records = await pool.run(task);
      const gaveUpYet = (): boolean => isError(records[0]) && gaveUp.test(records[0].error);
      // Until then, each task dies with the worker it was given.
      for (let tries = 0; !gaveUpYet() && tries < 100; tries++) {
        await new Promise((resolve) => setTimeout(resolve, 100));
        records = await pool.run(task);
      }
      expect(records).toEqual([
        { file: task.items[0].file, error: expect.stringMatching(gaveUp) as unknown },
      ]);
      // The two first workers and one in place of each of the first five deaths; the sixth starts none,
      // however long the pool stays open.
      expect(starts).toHaveBeenCalledTimes(7);
      await new Promise((resolve) => setTimeout(resolve, 1000));
      expect(starts).toHaveBeenCalledTimes(7);
      expect(await pool.run(task)).toEqual(records);
    } finally {
      await pool.close();
      starts.mockRestore();
    }
  }, 30_000);

  it('ends a scan whose workers cannot start with a record per input', async () => {
    const broken = await scanTree([], 2);
    const failed = { error: expect.stringMatching(/^could not be diagnosed: /) as unknown };
    expect(broken.status).toBe(0);
    expect(broken.lines).toEqual([
      { file: '1-gmail.eml', ...failed },
      { file: '2-exo.eml', ...failed },
      { file: '3-heavy.mbox', index: 1, ...failed },
      { file: '4-exo.eml', ...failed },
      { file: '5-gmail.eml', ...failed },
      { summary: expect.objectContaining({ files: 5, messages: 0, errors: 5 }) as unknown },
    ]);
  }, 60_000);

  it('sets the exit status from the messages diagnosed: --fail-on fail sees the later fail', async () => {
    expect((await scanTree(['--fail-on', 'fail'], SMALL_HEAP_MB)).status).toBe(1);
  }, 60_000);
});
