/**
 * The troubleshooting guide's quick-reference symptoms as requirements on the engine: each symptom a header
 * block can show is diagnosed as its finding on a fixture that shows it.
 */
import symptoms from '../fixtures/knowledge/symptoms.json';
import { FINDING_IDS } from '../../src/rules/diagnosis';
import { fixtureFindingIds } from './engine-on-fixtures';

const shown = symptoms.rows.flatMap((row) =>
  row.finding !== null && 'fixture' in row ? [[row.symptom, row.finding, row.fixture] as const] : [],
);

describe('quick-reference symptoms (test/fixtures/knowledge/symptoms.json)', () => {
  it('covers the five tables, and says why a symptom has no finding', () => {
    expect([...new Set(symptoms.rows.map((r) => r.topic))]).toEqual([
      'spf',
      'dkim',
      'dmarc',
      'compauth',
      'ndr',
    ]);
    expect(shown.length).toBeGreaterThanOrEqual(20);
    for (const row of symptoms.rows) {
      if (row.finding === null) expect('notInHeaders' in row && row.notInHeaders.length).toBeTruthy();
      else expect(FINDING_IDS).toContain(row.finding);
    }
  });

  it.each(shown)('%s → %s (%s)', (_symptom, finding, fixture) => {
    expect(fixtureFindingIds(fixture)).toContain(finding);
  });
});
