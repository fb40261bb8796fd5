/**
 * The scan's progress line on standard error: messages done, their rate, and the time left (estimated
 * from the bytes done out of the bytes the inputs hold). Drawn only on a terminal, at most a few times a
 * second, and erased before the summary; a pipe or a log file gets nothing.
 */

export interface ProgressOutput {
  isTTY: boolean;
  write(text: string): unknown;
}

export interface ProgressState {
  messages: number;
  bytesDone: number;
  bytesTotal: number;
  elapsedMs: number;
}

const REDRAW_MS = 100;
const BAR_WIDTH = 20;
/** Carriage return, then "erase to the end of the line" (ECMA-48 EL). */
const ERASE_LINE = '\r\x1b[K';

function clock(seconds: number): string {
  const s = Math.round(seconds);
  const minutes = Math.floor(s / 60);
  return minutes >= 60
    ? `${Math.floor(minutes / 60)}h${String(minutes % 60).padStart(2, '0')}m`
    : `${minutes}:${String(s % 60).padStart(2, '0')}`;
}

/** "[#####---------------] 25% 1,234 messages 410/s ETA 0:09". */
export function progressLine(state: ProgressState): string {
  const fraction = state.bytesTotal > 0 ? Math.min(1, state.bytesDone / state.bytesTotal) : 0;
  const filled = Math.round(fraction * BAR_WIDTH);
  const seconds = state.elapsedMs / 1000;
  const rate = seconds > 0 ? Math.round(state.messages / seconds) : 0;
  const eta = fraction > 0 && fraction < 1 ? ` ETA ${clock((seconds * (1 - fraction)) / fraction)}` : '';
  return (
    `[${'#'.repeat(filled)}${'-'.repeat(BAR_WIDTH - filled)}] ${Math.floor(fraction * 100)}% ` +
    `${state.messages.toLocaleString('en-US')} messages ${rate.toLocaleString('en-US')}/s${eta}`
  );
}

export class Progress {
  private lastDraw = -Infinity;
  private drawn = false;

  constructor(
    private readonly output: ProgressOutput,
    private readonly now: () => number,
    private readonly startedAt = now(),
  ) {}

  update(messages: number, bytesDone: number, bytesTotal: number): void {
    if (!this.output.isTTY) return;
    const at = this.now();
    if (at - this.lastDraw < REDRAW_MS) return;
    this.lastDraw = at;
    this.drawn = true;
    this.output.write(
      ERASE_LINE + progressLine({ messages, bytesDone, bytesTotal, elapsedMs: at - this.startedAt }),
    );
  }

  /** Erases the line so the summary starts on a clean one. */
  finish(): void {
    if (this.drawn) this.output.write(ERASE_LINE);
    this.drawn = false;
  }
}
