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

function findAntispamField(field: string): AntispamFieldRow | undefined {
  const wanted = field.trim().toUpperCase();
  return ANTISPAM_FIELDS.find((row) => row.field.toUpperCase() === wanted);
}

function findNumericRow(rows: AntispamValueRow[], value: string): AntispamValueRow | undefined {
  if (!INTEGER.test(value)) return undefined;
  const n = Number(value);
  return rows.find((row) => {
    const bounds = RANGE_ROW.exec(row.value);
    if (bounds === null) return false;
    const low = Number(bounds[1]);
    const high = bounds[2] === undefined ? low : Number(bounds[2]);
    return n >= low && n <= high;
  });
}

/** The value-table row for a field value, or undefined when the field has no table or the value is unknown. */
export function findAntispamValue(field: string, value: string): AntispamValueRow | undefined {
  const name = field.trim().toUpperCase();
  const rows = VALUE_TABLES[name];
  if (rows === undefined) return undefined;
  const wanted = value.trim();
  if (NUMERIC_FIELDS.has(name)) return findNumericRow(rows, wanted);
  return rows.find((row) => row.value.toUpperCase() === wanted.toUpperCase());
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
