/**
 * The troubleshooting guide's decision matrix as requirements on the engine: a block in each row's
 * authentication state gives the finding that carries the row's required action.
 */
import matrix from '../fixtures/knowledge/decision-matrix.json';
import { FINDING_IDS } from '../../src/rules/diagnosis';
import { resultsFindingIds } from './engine-on-fixtures';

describe('decision matrix (test/fixtures/knowledge/decision-matrix.json)', () => {
  it('has the seven states of the guide, each naming a catalogue finding', () => {
    expect(matrix.rows).toHaveLength(7);
    for (const row of matrix.rows) expect(FINDING_IDS).toContain(row.finding);
  });

  it.each(matrix.rows.map((r) => [r.state, r] as const))('%s → its finding', (_state, row) => {
    // The block is in the row's state: each method reports the row's result (the gateway row's SPF varies).
    for (const method of ['spf', 'dkim', 'dmarc'] as const) {
      if (row[method] !== 'varies') expect(row.results).toContain(`${method}=${row[method]}`);
    }
    const ids = resultsFindingIds(`mx.contoso.com; ${row.results}`);
    expect(ids).toContain(row.finding);
    // The message still authenticates exactly when DMARC passes (one aligned pass is enough).
    expect(ids.includes('authenticated')).toBe(row.dmarc === 'pass');
  });
});
