/**
 * One unit of a scan's work, what a worker thread does: a batch of files' (or mbox messages') bytes →
 * records. Batches, because handing one small message at a time to a worker costs more in thread
 * wake-ups than diagnosing it.
 */
import { extractMessages } from '../../messages/extract';
import { parseHeaders } from '../../parser';
import { diagnose } from '../../rules';
import { readSmallFile } from './read-small-file';
import { type ScanRecord, errorRecord, messageRecord } from './record';

export interface ScanItem {
  file: string;
  /** The message's place in an mbox the main thread split; null for a whole file. */
  index: number | null;
  /** The bytes the main thread read; null when the worker reads the (small) file itself. */
  bytes: Uint8Array | null;
}

export interface ScanTask {
  items: ScanItem[];
  recipient: string | null;
  /** Bytes of a file the worker reads, at most. */
  maxBytes: number;
}

const NO_FIELDS = 'no header fields (expected lines like "Authentication-Results: ...")';

export async function diagnoseTask(task: ScanTask): Promise<ScanRecord[]> {
  const records: ScanRecord[] = [];
  for (const item of task.items) records.push(...(await diagnoseItem(item, task)));
  return records;
}

/**
 * Every message the item holds (an .eml, each message of a small mbox, a .msg, and the originals attached
 * to any of them) as a record, and what could not be read in its place among them: the file's order.
 */
async function diagnoseItem(
  { file, index, bytes }: ScanItem,
  { recipient, maxBytes }: ScanTask,
): Promise<ScanRecord[]> {
  try {
    const read = bytes === null ? readSmallFile(file, maxBytes) : { ok: true as const, bytes };
    if (!read.ok) return [errorRecord(file, { index, attachment: null }, read.message)];
    const { messages, problems } = await extractMessages(read.bytes, file);
    // A message streamed out of a large mbox is one message to the extractor: its place is the stream's.
    const placed = <T extends { index: number | null }>(place: T): T => ({
      ...place,
      index: index ?? place.index,
    });
    const records: ScanRecord[] = [];
    const problemsAfter = (count: number): void => {
      for (const problem of problems)
        if (problem.after === count) records.push(errorRecord(file, placed(problem), problem.message));
    };
    for (const [n, message] of messages.entries()) {
      problemsAfter(n);
      const place = placed(message);
      const parsed = parseHeaders(message.text);
      records.push(
        parsed.fields.length === 0
          ? errorRecord(file, { index: place.index ?? 1, attachment: place.attachment }, NO_FIELDS)
          : messageRecord(file, place, diagnose(parsed, { recipient })),
      );
    }
    problemsAfter(messages.length);
    return records;
  } catch (error) {
    // One input that cannot be diagnosed is that input's record, not the loss of the worker with the rest
    // of its batch. A RangeError is a string past what the runtime can hold: the input was too large.
    const why =
      error instanceof RangeError
        ? `too large to process (${error.message})`
        : `could not be diagnosed: ${error instanceof Error ? error.message : String(error)}`;
    return [errorRecord(file, { index, attachment: null }, why)];
  }
}
