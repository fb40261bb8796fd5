import { DECISION_MATRIX, matchDecisionMatrix } from '../../src/rules/knowledge';
import { between, readShared, tableCells } from './seed-files';

/** The decision matrix rows as the troubleshooting seed prints them. */
function seedMatrix(): string[][] {
  const section = between(
    readShared('seeds/troubleshooting-email-authentication.txt'),
    'Decision matrix',
    'Diagnostic tools',
  );
  return section
    .split('\n')
    .filter((line) => line.startsWith('| ') && !line.startsWith('| Authentication state'))
    .map(tableCells);
}

describe('DECISION_MATRIX', () => {
  it('has exactly the seed rows, in order, with the same values and actions', () => {
    const seed = seedMatrix();
    expect(seed).toHaveLength(7);
    expect(DECISION_MATRIX.map((r) => [r.state, r.spf, r.dkim, r.dmarc, r.action])).toEqual(seed);
  });
});

describe('matchDecisionMatrix', () => {
  it.each([
    ['pass', 'pass', 'pass', 'All pass'],
    ['fail', 'pass', 'pass', 'SPF only fails'],
    ['softfail', 'pass', 'pass', 'SPF only fails'],
    ['pass', 'fail', 'pass', 'DKIM only fails'],
    ['pass', 'pass', 'fail', 'DMARC fails (alignment)'],
    ['fail', 'fail', 'fail', 'SPF + DKIM fail'],
    ['SoftFail', 'FAIL', 'Fail', 'SPF + DKIM fail'],
    ['none', 'none', 'none', 'No authentication'],
    ['pass', 'fail', 'fail', 'Gateway issue'],
    ['none', 'fail', 'fail', 'Gateway issue'],
    ['neutral', 'fail', 'fail', 'Gateway issue'],
  ])('spf=%s dkim=%s dmarc=%s → %s', (spf, dkim, dmarc, state) => {
    expect(matchDecisionMatrix(spf, dkim, dmarc)?.state).toBe(state);
  });

  it('returns undefined for a state the matrix does not list', () => {
    expect(matchDecisionMatrix('pass', 'none', 'bestguesspass')).toBeUndefined();
    expect(matchDecisionMatrix('permerror', 'pass', 'pass')).toBeUndefined();
    expect(matchDecisionMatrix('pass', 'pass', 'softfail')).toBeUndefined();
  });
});
