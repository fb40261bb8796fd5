import { lineOf, locateField } from './fields';
import { createRecord } from './record';
import type { AntispamReport, HeaderField } from './types';
import type { WarningSink } from './warnings';

/**
 * X-Forefront-Antispam-Report / X-Microsoft-Antispam: `KEY:value;KEY:value`. Keys are upper-cased; a value
 * may itself contain ':' (CIP:2001:db8::1, SFS:(…):…), so each entry is split on its FIRST ':' only.
 * The first value of a repeated key wins.
 */
export function parseAntispamReport(field: HeaderField, warnings: WarningSink): AntispamReport {
  const fields = createRecord();
  const value = field.value;
  let start = 0;
  while (start <= value.length) {
    let end = value.indexOf(';', start);
    if (end < 0) end = value.length;
    const entry = value.slice(start, end);
    const colon = entry.indexOf(':');
    if (colon < 0) {
      if (entry.trim().length > 0) {
        warnings.add(
          field.name,
          lineOf(field, start),
          `Entry "${entry.trim().slice(0, 40)}" has no "KEY:": skipped`,
        );
      }
    } else {
      const key = entry.slice(0, colon).trim().toUpperCase();
      if (key.length > 0 && !(key in fields)) fields[key] = entry.slice(colon + 1).trim();
    }
    start = end + 1;
  }
  return { fields, loc: locateField(field) };
}
