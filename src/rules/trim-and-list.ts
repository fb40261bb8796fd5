/**
 * Small string helpers for attacker-controlled text. They trim with loops instead of `/x+$/` regexes,
 * which backtrack quadratically on long runs of the trimmed character followed by something else.
 */

/** Removes any of `chars` from both ends of `text`. */
export function trimChars(text: string, chars: string): string {
  let start = 0;
  let end = text.length;
  while (start < end && chars.includes(text[start])) start++;
  while (end > start && chars.includes(text[end - 1])) end--;
  return text.slice(start, end);
}

/** Removes any of `chars` from the end of `text`. */
export function trimEndChars(text: string, chars: string): string {
  let end = text.length;
  while (end > 0 && chars.includes(text[end - 1])) end--;
  return text.slice(0, end);
}

const SMALL_LIST = 8;

/**
 * The first `max` distinct items joined by `separator`, then "and N more": a hostile block with thousands
 * of results must not turn one sentence of a finding into a megabyte.
 */
export function listSome(items: string[], separator: string, max = 3): string {
  // A sentence lists a few items: comparing each with those kept beats building a set; many go to one.
  const distinct =
    items.length > SMALL_LIST ? [...new Set(items)] : items.filter((x, i) => items.indexOf(x) === i);
  const shown = distinct.slice(0, max).join(separator);
  return distinct.length > max ? `${shown} and ${distinct.length - max} more` : shown;
}
