/**
 * One unit of a scan's work, what a worker thread does: a batch of files' (or mbox messages') bytes →
 * records. Batches, because handing one small message at a time to a worker costs more in thread
 * wake-ups than diagnosing it.
 */
import { parseHeaders } from '../../parser';
import { diagnose } from '../../rules';
import { messagesOfFile } from './messages-of-file';
import { readSmallFile } from './read-small-file';
import { type ScanRecord, errorRecord, messageRecord } from './record';

export interface ScanItem {
  file: string;
  /** The message's place in an mbox; null for a whole file. */
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

export function diagnoseTask(task: ScanTask): ScanRecord[] {
  return task.items.flatMap((item) => diagnoseItem(item, task));
}

function diagnoseItem({ file, index, bytes }: ScanItem, { recipient, maxBytes }: ScanTask): ScanRecord[] {
  try {
    const read = bytes === null ? readSmallFile(file, maxBytes) : { ok: true as const, bytes };
    if (!read.ok) return [errorRecord(file, index, read.message)];
    const found = messagesOfFile(read.bytes, file);
    if (!found.ok) return [errorRecord(file, index, found.message)];
    return found.messages.map((text, position) => {
      const at = index ?? position + 1;
      const parsed = parseHeaders(text);
      if (parsed.fields.length === 0) return errorRecord(file, at, NO_FIELDS);
      return messageRecord(file, at, diagnose(parsed, { recipient }));
    });
  } catch (error) {
    // A RangeError is a string past what the runtime can hold: the input was too large for it.
    if (!(error instanceof RangeError)) throw error;
    return [errorRecord(file, index, `too large to process (${error.message})`)];
  }
}
