/** One unit of a scan's work, what a worker thread does: a file's (or an mbox message's) bytes → records. */
import { parseHeaders } from '../../parser';
import { diagnose } from '../../rules';
import { messagesOfFile } from './messages-of-file';
import { type ScanRecord, errorRecord, messageRecord } from './record';

export interface ScanTask {
  file: string;
  /** The message's place in an mbox; null for a whole file. */
  index: number | null;
  bytes: Uint8Array;
  recipient: string | null;
}

const NO_FIELDS = 'no header fields (expected lines like "Authentication-Results: ...")';

export function diagnoseTask(task: ScanTask): ScanRecord[] {
  try {
    const found = messagesOfFile(task.bytes, task.file);
    if (!found.ok) return [errorRecord(task.file, task.index, found.message)];
    return found.messages.map((text, position) => {
      const index = task.index ?? position + 1;
      const parsed = parseHeaders(text);
      if (parsed.fields.length === 0) return errorRecord(task.file, index, NO_FIELDS);
      return messageRecord(task.file, index, diagnose(parsed, { recipient: task.recipient }));
    });
  } catch (error) {
    // A RangeError is a string past what the runtime can hold: the input was too large for it.
    if (!(error instanceof RangeError)) throw error;
    return [errorRecord(task.file, task.index, `too large to process (${error.message})`)];
  }
}
