/**
 * An mbox file holds many messages, each introduced by a postmark line "From sender date" (RFC 4155) at
 * the start of the file or after an empty line; inside a message a body line starting with "From " is
 * written ">From ". Read as one block, the messages' headers would mix into one diagnosis.
 */

/** A postmark: "From ", then the envelope sender and at least the start of a date. */
export const POSTMARK = /^From \S+ +\S/;

/**
 * The messages of a text: several when it is an mbox of several messages (each keeps its postmark line,
 * which the parser skips), else the text itself as the only one.
 */
export function splitMbox(text: string): string[] {
  const lines = text.split('\n');
  if (!POSTMARK.test(lines[0] ?? '')) return [text];
  const starts: number[] = [0];
  for (let i = 1; i < lines.length; i++) {
    if (POSTMARK.test(lines[i]) && lines[i - 1].replace(/\r$/, '') === '') starts.push(i);
  }
  if (starts.length === 1) return [text];
  return starts.map((start, n) => lines.slice(start, starts[n + 1] ?? lines.length).join('\n'));
}
