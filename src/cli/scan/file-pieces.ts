/**
 * A file's bytes, as they stream in, → the pieces the scan diagnoses one by one: the whole file, or each
 * message of an mbox (a file whose first line is a postmark, as src/messages/mbox.ts reads them). An mbox is split
 * while it streams, so a file of several GB never sits in memory: at most one message (up to `maxBytes`)
 * and one chunk. A message past `maxBytes` is skipped to the next postmark and reported, not kept.
 */
import { POSTMARK } from '../../messages/mbox';
import { tooLargeMessage } from '../read-input';

/** One piece, or why it cannot be diagnosed; `size` counts the file's bytes it stands for (progress). */
export type Piece =
  | { index: number | null; bytes: Uint8Array; size: number }
  | { index: number | null; error: string; size: number };

const LINE_START = Buffer.from('\nFrom ', 'latin1');
/** Bytes of a line looked at to recognise a postmark; an envelope sender is far shorter. */
const POSTMARK_PROBE = 1024;
const INITIAL_CAPACITY = 64 * 1024;

/**
 * The bytes received and not yet given out, in one buffer that grows by doubling, read from a moving
 * start: taking a message copies only it, and the rest moves to the front once per chunk, not per message.
 */
class ByteQueue {
  private data = Buffer.allocUnsafeSlow(INITIAL_CAPACITY);
  private start = 0;
  length = 0;

  append(chunk: Uint8Array): void {
    if (this.start + this.length + chunk.length > this.data.length) {
      let capacity = this.data.length;
      while (capacity < this.length + chunk.length) capacity *= 2;
      const target = capacity === this.data.length ? this.data : Buffer.allocUnsafeSlow(capacity);
      this.data.copy(target, 0, this.start, this.start + this.length);
      this.data = target;
      this.start = 0;
    }
    this.data.set(chunk, this.start + this.length);
    this.length += chunk.length;
  }

  view(): Buffer {
    return this.data.subarray(this.start, this.start + this.length);
  }

  /** The first `end` bytes in a buffer of their own (safe to transfer to a worker), removed from the queue. */
  take(end: number): Uint8Array {
    const bytes = new Uint8Array(end);
    bytes.set(this.view().subarray(0, end));
    this.drop(end);
    return bytes;
  }

  drop(end: number): void {
    this.start += end;
    this.length -= end;
  }
}

type Search = { postmark: number } | { resumeAt: number };

/**
 * The first postmark line at or after `from` that follows an empty line, or where to resume the search
 * once more bytes arrive (a candidate whose line is still incomplete is looked at again).
 */
function findPostmark(view: Buffer, from: number, final: boolean): Search {
  let at = from;
  for (;;) {
    const newline = view.indexOf(LINE_START, at);
    if (newline === -1) return { resumeAt: Math.max(at, view.length - LINE_START.length + 1) };
    const afterEmptyLine =
      view[newline - 1] === 0x0a || (view[newline - 1] === 0x0d && view[newline - 2] === 0x0a);
    if (afterEmptyLine) {
      const start = newline + 1;
      const end = view.indexOf(0x0a, start);
      const probeEnd = Math.min(end === -1 ? view.length : end, start + POSTMARK_PROBE);
      if (POSTMARK.test(view.toString('latin1', start, probeEnd))) return { postmark: start };
      if (end === -1 && !final && probeEnd - start < POSTMARK_PROBE) return { resumeAt: newline };
    }
    at = newline + 1;
  }
}

export async function* filePieces(
  chunks: AsyncIterable<Uint8Array>,
  file: string,
  maxBytes: number,
): AsyncGenerator<Piece> {
  const queue = new ByteQueue();
  let mbox: boolean | null = null;
  let index = 1;
  let searchFrom = 0;
  /** Whether the current message passed the limit, and how many of its bytes were dropped since. */
  let oversized = false;
  let dropped = 0;
  const tooLarge = (at: number | null): Piece => ({
    index: at,
    error: tooLargeMessage(at === null ? file : `${file} message ${at}`, maxBytes),
    size: dropped,
  });

  function* split(final: boolean): Generator<Piece> {
    for (;;) {
      const found = findPostmark(queue.view(), searchFrom, final);
      if ('resumeAt' in found) {
        searchFrom = found.resumeAt;
        break;
      }
      // A whole message can arrive in one chunk: its size is checked here, not only while it streams.
      if (oversized || found.postmark > maxBytes) {
        dropped += found.postmark;
        queue.drop(found.postmark);
        yield tooLarge(index);
        oversized = false;
        dropped = 0;
      } else {
        const size = found.postmark;
        yield { index, bytes: queue.take(found.postmark), size };
      }
      index++;
      searchFrom = 1;
    }
    if (dropped + queue.length > maxBytes) {
      oversized = true;
      // Keep only what the search still needs: the bytes from the resume point, and two before it for
      // the empty-line test.
      const keepFrom = Math.max(0, searchFrom - 2);
      dropped += keepFrom;
      queue.drop(keepFrom);
      searchFrom -= keepFrom;
    }
  }

  for await (const chunk of chunks) {
    queue.append(chunk);
    if (mbox === null) {
      const firstLineEnd = queue.view().indexOf(0x0a);
      if (firstLineEnd === -1 && queue.length < POSTMARK_PROBE) continue;
      mbox = POSTMARK.test(queue.view().toString('latin1', 0, Math.min(queue.length, POSTMARK_PROBE)));
      searchFrom = 1;
    }
    if (mbox) {
      yield* split(false);
    } else if (queue.length > maxBytes) {
      // Leaving the loop closes the stream: nothing more is read.
      dropped = queue.length;
      yield tooLarge(null);
      return;
    }
  }
  if (mbox) {
    yield* split(true);
    if (oversized) {
      dropped += queue.length;
      yield tooLarge(index);
    } else {
      const size = queue.length;
      yield { index, bytes: queue.take(size), size };
    }
  } else {
    // Not an mbox, or so short its first line never ended: the whole file is one piece.
    const size = queue.length;
    yield { index: null, bytes: queue.take(size), size };
  }
}
