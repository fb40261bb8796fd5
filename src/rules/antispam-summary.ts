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
  const reports = [parsed.forefront, parsed.microsoftAntispam].filter((r): r is AntispamReport => r !== null);
  if (reports.length === 0) return null;
  const summary: AntispamSummary = { decoded: [] };
  const decoded: DecodedAntispamField[] = [];
  for (const report of reports) {
    const fromMicrosoftAntispam = report === parsed.microsoftAntispam;
    for (const [field, value] of Object.entries(report.fields)) {
      if (Object.hasOwn(summary, field)) continue;
      // X-Microsoft-Antispam carries many internal fields; only its scores belong here.
      if (fromMicrosoftAntispam && !NUMERIC.has(field)) continue;
      const numeric = NUMERIC.has(field) && /^-?\d{1,3}$/.test(value.trim());
      summary[field] = numeric ? Number(value.trim()) : value;
      const meaning = decodeAntispamField(field, value);
      if (meaning) decoded.push({ field, value, meaning: meaning.meaning });
    }
  }
  summary.decoded = decoded;
  return summary;
}
