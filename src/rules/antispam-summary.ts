import type { AntispamReport, ParsedMessage } from '../parser/types';
import type { AntispamSummary, DecodedAntispamField } from './diagnosis';
import { decodeAntispamField } from './knowledge';

/** Score fields reported as numbers (SCL -1…9, BCL 0…9, PCL 0…8). */
const NUMERIC = new Set(['SCL', 'BCL', 'PCL']);

/**
 * X-Forefront-Antispam-Report fields, plus BCL/PCL from X-Microsoft-Antispam, with every field the
 * knowledge tables know decoded. Null when neither header is present.
 */
export function summarizeAntispam(parsed: ParsedMessage): AntispamSummary | null {
  const { forefront, microsoftAntispam } = parsed;
  if (!forefront && !microsoftAntispam) return null;
  const decoded: DecodedAntispamField[] = [];
  const summary: AntispamSummary = { decoded };
  // X-Microsoft-Antispam carries many internal fields; only its scores belong here.
  if (forefront) addFields(summary, forefront, forefront === microsoftAntispam);
  if (microsoftAntispam) addFields(summary, microsoftAntispam, true);
  return summary;
}

/** A report's fields not in the summary yet, each decoded when the tables know it. */
function addFields(summary: AntispamSummary, report: AntispamReport, scoresOnly: boolean): void {
  // for…in, not Object.entries: no pair array per field. Report maps inherit no keys (parser/record.ts).
  for (const field in report.fields) {
    if (Object.hasOwn(summary, field)) continue;
    if (scoresOnly && !NUMERIC.has(field)) continue;
    const value = report.fields[field];
    const numeric = NUMERIC.has(field) && /^-?\d{1,3}$/.test(value.trim());
    summary[field] = numeric ? Number(value.trim()) : value;
    const meaning = decodeAntispamField(field, value);
    if (meaning) summary.decoded.push({ field, value, meaning: meaning.meaning });
  }
}
