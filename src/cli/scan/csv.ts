/**
 * One CSV row per message (RFC 4180 quoting). Every cell but the index comes from the files (names, From,
 * domains, error texts), so each is made inert for a spreadsheet: control characters (tab and carriage
 * return included) shown as escapes or spaces, then a cell a spreadsheet would run as a formula (leading
 * =, +, - or @) prefixed with an apostrophe, as OWASP's CSV injection advice says.
 */
import { neutralizeControls } from '../../report/format-helpers';
import { type ScanRecord, isError } from './record';

export const CSV_HEADER = 'file,index,attachment,from,domain,verdict,trust,top_finding,owner,ip,error\r\n';

/** Leading spaces too: some spreadsheets trim a cell before they look for a formula. */
const FORMULA_START = /^\s*[=+\-@]/;

export function csvCell(value: string): string {
  const neutral = neutralizeControls(value);
  const safe = FORMULA_START.test(neutral) ? `'${neutral}` : neutral;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function csvRow(record: ScanRecord): string {
  const cells = isError(record)
    ? [
        record.file,
        record.index === undefined ? '' : String(record.index),
        record.attachment ?? '',
        '',
        '',
        '',
        '',
        '',
        '',
        '',
        record.error,
      ]
    : [
        record.file,
        String(record.index),
        record.attachment ?? '',
        record.from ?? '',
        record.domain ?? '',
        record.verdict,
        record.trust,
        record.findings[0]?.id ?? '',
        record.findings[0]?.owner ?? '',
        record.ip ?? '',
        '',
      ];
  return `${cells.map(csvCell).join(',')}\r\n`;
}
