/**
 * `auth-doctor scan DIR|FILE…`: every file under the paths, every message of each, diagnosed on all cores;
 * one record per message (or per input that cannot be read), handed out in input order; then a summary.
 * The main thread only lists, reads and splits; the workers diagnose.
 */
import { safeJson } from '../../report';
import { neutralizeControls } from '../../report/format-helpers';
import { readErrorMessage } from '../read-input';
import { SCAN_USAGE } from '../usage';
import { CSV_HEADER, csvRow } from './csv';
import { filePieces } from './file-pieces';
import { listInputs } from './list-inputs';
import { OrderedResults } from './ordered-results';
import { Progress } from './progress';
import type { ScanItem } from './diagnose-task';
import { type ScanRecord, errorRecord, isError } from './record';
import { type FailOn, type ScanOptions, parseScanArgs } from './scan-args';
import type { ScanIo } from './scan-io';
import { type ScanTotals, ScanSummary } from './summary';
import { summaryMarkdown, summaryText } from './summary-report';

const EXIT_OK = 0;
const EXIT_FAIL_ON = 1;
const EXIT_USAGE = 2;

/** Tasks admitted per worker and not yet handed out: enough to keep every worker fed. */
const PENDING_PER_WORKER = 4;
/** A task's items and bytes at most: small messages go to a worker by the dozen. */
const BATCH_ITEMS = 64;
const BATCH_BYTES = 1024 * 1024;
/**
 * Files up to this size are read by the workers (many small files are the common tree, and reading is
 * as costly as diagnosing); larger ones are streamed here, where an mbox is split message by message.
 */
const WORKERS_READ_UP_TO = 1024 * 1024;
/** Bytes in the workers and their queue at most (a single larger message goes alone). */
const BYTES_IN_FLIGHT = 64 * 1024 * 1024;

/** An error of the file as a whole, not of one of its messages. */
const WHOLE_FILE = { index: null, attachment: null };

/** A batch of records and the bytes of input they stand for. */
interface Done {
  records: ScanRecord[];
  size: number;
}

export async function runScan(argv: readonly string[], io: ScanIo): Promise<number> {
  const parsed = parseScanArgs(argv);
  if (parsed.kind === 'help') {
    io.stdout.write(SCAN_USAGE);
    return EXIT_OK;
  }
  if (parsed.kind === 'usage-error') {
    io.stderr.write(`auth-doctor: ${neutralizeControls(parsed.message)}\n`);
    return EXIT_USAGE;
  }
  const totals = await scan(parsed.options, io);
  if (parsed.options.format === 'text') io.stdout.write(summaryText(totals));
  else if (parsed.options.format === 'markdown') io.stdout.write(summaryMarkdown(totals));
  else if (parsed.options.format === 'jsonl') {
    // The errors were lines of their own already.
    const { files, messages, errors, verdicts, trust, findings, byDomain } = totals;
    const summary = { files, messages, errors, verdicts, trust, findings, byDomain };
    io.stdout.write(`${safeJson({ summary })}\n`);
  }
  return failed(totals, parsed.options.failOn) ? EXIT_FAIL_ON : EXIT_OK;
}

function failed(totals: ScanTotals, failOn: FailOn | null): boolean {
  if (failOn === null) return false;
  return totals.verdicts.fail > 0 || (failOn === 'attention' && totals.verdicts.attention > 0);
}

async function scan(options: ScanOptions, io: ScanIo): Promise<ScanTotals> {
  const inputs = listInputs(options.paths);
  const bytesTotal = inputs.reduce((sum, input) => sum + ('size' in input ? input.size : 0), 0);
  const summary = new ScanSummary();
  const progress = new Progress(io.stderr, io.now);
  let bytesDone = 0;
  let messages = 0;
  if (options.format === 'csv') io.stdout.write(CSV_HEADER);

  const pool = io.createPool(options.jobs);
  const results = new OrderedResults<Done>(pool.size * PENDING_PER_WORKER, BYTES_IN_FLIGHT, (done) => {
    for (const record of done.records) {
      summary.add(record);
      if (!isError(record)) messages++;
      if (options.format === 'csv') io.stdout.write(csvRow(record));
      else if (options.format === 'jsonl') io.stdout.write(`${safeJson(record)}\n`);
    }
    bytesDone += done.size;
    progress.update(messages, bytesDone, bytesTotal);
  });
  let batch: ScanItem[] = [];
  let batchBytes = 0;
  let batchSize = 0;
  const flush = async (): Promise<void> => {
    if (batch.length === 0) return;
    const task = { items: batch, recipient: options.recipient, maxBytes: options.maxBytes };
    const { size, bytes } = { size: batchSize, bytes: batchBytes };
    batch = [];
    batchBytes = 0;
    batchSize = 0;
    const hand = await results.admit(bytes);
    void pool.run(task).then((records) => hand({ records, size }));
  };
  // A record made here waits for the batch before it, so the order stays the inputs'.
  const settle = async (record: ScanRecord, size: number): Promise<void> => {
    await flush();
    (await results.admit(0))({ records: [record], size });
  };

  try {
    for (const input of inputs) {
      if ('error' in input) {
        await settle(errorRecord(input.path, WHOLE_FILE, input.error), 0);
        continue;
      }
      // A file past --max-size is streamed too: an mbox is then judged message by message, as documented.
      if (input.size <= Math.min(WORKERS_READ_UP_TO, options.maxBytes)) {
        batch.push({ file: input.path, index: null, bytes: null });
        batchSize += input.size;
        if (batch.length >= BATCH_ITEMS) await flush();
        continue;
      }
      try {
        for await (const piece of filePieces(io.fileChunks(input.path), input.path, options.maxBytes)) {
          if ('error' in piece) {
            await settle(
              errorRecord(input.path, { index: piece.index, attachment: null }, piece.error),
              piece.size,
            );
            continue;
          }
          batch.push({ file: input.path, index: piece.index, bytes: piece.bytes });
          batchBytes += piece.bytes.length;
          batchSize += piece.size;
          if (batch.length >= BATCH_ITEMS || batchBytes >= BATCH_BYTES) await flush();
        }
      } catch (error) {
        await settle(errorRecord(input.path, WHOLE_FILE, readErrorMessage(input.path, error)), 0);
      }
    }
    await flush();
    await results.drained();
  } finally {
    await pool.close();
    progress.finish();
  }
  return summary.totals();
}
