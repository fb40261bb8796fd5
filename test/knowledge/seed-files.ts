/** Reads the shared seed and reference documents (CI clones the repo with ../shared beside it). */
import * as fs from 'fs';
import * as path from 'path';

export const SHARED_DIR = path.join(__dirname, '../../../shared');

export function readShared(doc: string): string {
  return fs.readFileSync(path.join(SHARED_DIR, doc), 'utf8');
}

export function sharedExists(doc: string): boolean {
  return fs.existsSync(path.join(SHARED_DIR, doc));
}

/** The cells of a Markdown table row "| a | b |" (outer pipes dropped, cells trimmed). */
export function tableCells(line: string): string[] {
  return line
    .trim()
    .replace(/^\|/, '')
    .replace(/\|$/, '')
    .split('|')
    .map((cell) => cell.trim());
}

/** The text between two markers (start inclusive of nothing, end exclusive). */
export function between(text: string, start: string, end: string): string {
  const from = text.indexOf(start);
  if (from < 0) throw new Error(`marker not found: ${start}`);
  const to = text.indexOf(end, from + start.length);
  if (to < 0) throw new Error(`marker not found: ${end}`);
  return text.slice(from + start.length, to);
}
