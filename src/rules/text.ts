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
