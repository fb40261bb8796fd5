import type { Cursor } from './cursor';

/**
 * Moves `c` past a run of ';' and whitespace (space, tab, CR, LF): the empty segments of a ';'-separated
 * value, which a parser's main loop would otherwise pass over one separator and one skipCfws call at a
 * time. Hostile values hold a hundred thousand of them; this loop keeps the offset in a local and stores
 * it once. What it passes over is what that main loop passes over, so nothing read changes.
 */
export function skipSeparatorRun(c: Cursor): void {
  const s = c.text;
  let i = c.pos;
  for (; i < s.length; i++) {
    const code = s.charCodeAt(i);
    if (code !== 59 /* ; */ && code !== 32 && code !== 9 && code !== 13 && code !== 10) break;
  }
  c.pos = i;
}
