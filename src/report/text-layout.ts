/**
 * Word wrapping and column layout for the plain-text report. Prose wraps at word boundaries; a single
 * word longer than the line is cut, because a terminal would cut it anyway. Code (DNS records, PowerShell)
 * never goes through here: the report prints it on a line of its own, whole.
 */

/** What the word split below would change: a space other than one plain space between two words. */
const IRREGULAR_SPACE = /[^\S ]| {2}|^ | $/;

/** Wraps `text` so that every line, prefix included, fits `width` columns. */
export function wrapWords(text: string, width: number, firstPrefix = '', restPrefix = firstPrefix): string[] {
  // Most prose and cells fit on their first line with single spaces: nothing to split or rejoin.
  if (text !== '' && firstPrefix.length + text.length <= width && !IRREGULAR_SPACE.test(text))
    return [firstPrefix + text];
  const lines: string[] = [];
  let prefix = firstPrefix;
  let line = '';
  const room = (): number => Math.max(1, width - prefix.length);
  const flush = (content: string): void => {
    lines.push(content === '' ? prefix.trimEnd() : prefix + content);
    prefix = restPrefix;
    line = '';
  };
  for (const word of text.split(/\s+/)) {
    let rest = word;
    while (rest !== '') {
      const separator = line === '' ? '' : ' ';
      if (line.length + separator.length + rest.length <= room()) {
        line += separator + rest;
        rest = '';
      } else if (line !== '') {
        flush(line);
      } else {
        // A word longer than a whole line (a DKIM b= value, a hostile run of letters): cut it.
        const size = room();
        flush(rest.slice(0, size));
        rest = rest.slice(size);
      }
    }
  }
  if (line !== '' || lines.length === 0) flush(line);
  return lines;
}

/** A table whose columns are padded to fixed widths; each cell wraps inside its column. */
export function layoutTable(rows: string[][], widths: number[], indent: string, gap = '  '): string[] {
  const out: string[] = [];
  for (const row of rows) {
    const cells = row.map((cell, column) => wrapWords(cell, widths[column]));
    const height = Math.max(...cells.map((cell) => cell.length));
    for (let index = 0; index < height; index++) {
      const parts = cells.map((cell, column) =>
        column === cells.length - 1 ? (cell[index] ?? '') : (cell[index] ?? '').padEnd(widths[column]),
      );
      out.push((indent + parts.join(gap)).trimEnd());
    }
  }
  return out;
}
