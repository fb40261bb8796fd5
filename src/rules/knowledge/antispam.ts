/** Decodes one antispam field value (SFV:SPM, SCL:5, CIP:203.0.113.20 …) through the value tables. */
import type { AntispamFieldRow, AntispamValueRow } from './types';
import { ANTISPAM_FIELDS } from './forefront-fields';
import { SFV_VALUES } from './sfv';
import { CAT_VALUES } from './cat';
import { SFTY_VALUES } from './sfty';
import { SCL_VALUES } from './scl';
import { BCL_VALUES } from './bcl';
import { PCL_VALUES } from './pcl';
import { IPV_VALUES } from './ipv';
import { DIR_VALUES } from './dir';
import { SRV_VALUES } from './srv';

export interface DecodedAntispamValue {
  meaning: string;
  documented: boolean;
}

/** Value tables by upper-case field name. */
const VALUE_TABLES: Record<string, AntispamValueRow[]> = {
  SFV: SFV_VALUES,
  CAT: CAT_VALUES,
  SFTY: SFTY_VALUES,
  SCL: SCL_VALUES,
  BCL: BCL_VALUES,
  PCL: PCL_VALUES,
  IPV: IPV_VALUES,
  DIR: DIR_VALUES,
  SRV: SRV_VALUES,
};

/** Scales whose rows are numeric ranges ("5-6") or single numbers ("-1", "0"). */
const NUMERIC_FIELDS = new Set(['SCL', 'BCL', 'PCL']);

const INTEGER = /^-?\d{1,4}$/;
const RANGE_ROW = /^(-?\d+)(?:-(-?\d+))?$/;

/**
 * Rows by a key, the first row of each key kept (what a search in table order finds). The tables are
 * looked up for every field of every report: indexing them once beats upper-casing every row per lookup.
 */
function indexBy<T>(rows: T[], key: (row: T) => string): Map<string, T> {
  const index = new Map<string, T>();
  for (const row of rows) if (!index.has(key(row))) index.set(key(row), row);
  return index;
}

const FIELD_ROWS = indexBy(ANTISPAM_FIELDS, (row) => row.field.toUpperCase());

/** Each table's rows by upper-case value. */
const VALUE_ROWS = new Map(
  Object.entries(VALUE_TABLES).map(([name, rows]) => [name, indexBy(rows, (row) => row.value.toUpperCase())]),
);

/** A numeric scale's rows with their bounds ("5-6" → 5 to 6, "-1" → -1 to -1), in table order. */
const NUMERIC_ROWS = new Map(
  [...NUMERIC_FIELDS].map((name) => [
    name,
    VALUE_TABLES[name].flatMap((row) => {
      const bounds = RANGE_ROW.exec(row.value);
      if (bounds === null) return [];
      const low = Number(bounds[1]);
      return [{ row, low, high: bounds[2] === undefined ? low : Number(bounds[2]) }];
    }),
  ]),
);

function findAntispamField(field: string): AntispamFieldRow | undefined {
  // The parser hands over keys already trimmed and upper-cased: looked up as written first.
  return FIELD_ROWS.get(field) ?? FIELD_ROWS.get(field.trim().toUpperCase());
}

function findNumericRow(name: string, value: string): AntispamValueRow | undefined {
  if (!INTEGER.test(value)) return undefined;
  const n = Number(value);
  return NUMERIC_ROWS.get(name)?.find(({ low, high }) => n >= low && n <= high)?.row;
}

/** The value-table row for a field value, or undefined when the field has no table or the value is unknown. */
export function findAntispamValue(field: string, value: string): AntispamValueRow | undefined {
  const name = VALUE_ROWS.has(field) ? field : field.trim().toUpperCase();
  const rows = VALUE_ROWS.get(name);
  if (rows === undefined) return undefined;
  const wanted = value.trim();
  if (NUMERIC_FIELDS.has(name)) return findNumericRow(name, wanted);
  // Values are mostly written in upper case already (NSPM, INB, NLI).
  return rows.get(wanted) ?? rows.get(wanted.toUpperCase());
}

/**
 * Field names compare case-insensitively. Fields with a value table decode the value (unknown values are
 * reported as undocumented); other fields, and empty values, return the field's meaning with the value;
 * fields Microsoft does not list return null (they are for Microsoft's own use).
 */
export function decodeAntispamField(field: string, value: string): DecodedAntispamValue | null {
  const fieldRow = findAntispamField(field);
  if (fieldRow === undefined) return null;
  const shown = value.trim();
  // Microsoft leaves fields empty routinely (`SRV:;PTR:;SFTY:;`): that is "no value", not an unknown one.
  if (shown === '') return { meaning: `${fieldRow.meaning}: (no value)`, documented: fieldRow.documented };

  if (fieldRow.hasValueTable) {
    const valueRow = findAntispamValue(fieldRow.field, shown);
    if (valueRow === undefined) {
      return {
        meaning: `${fieldRow.field} value ${shown} is not documented by Microsoft`,
        documented: false,
      };
    }
    return { meaning: valueRow.meaning, documented: valueRow.documented };
  }

  return { meaning: `${fieldRow.meaning}: ${shown}`, documented: fieldRow.documented };
}
