/**
 * The troubleshooting guide's combined-failure and real-world scenarios: the seed fixture of each gives
 * the finding the scenario names, and no "authenticated".
 */
import scenarios from '../fixtures/knowledge/scenarios.json';
import { FINDING_IDS } from '../../src/rules/diagnosis';
import { fixtureFindingIds } from './engine-on-fixtures';

describe('troubleshooting scenarios (test/fixtures/knowledge/scenarios.json)', () => {
  it('has the four combined-failure and four real-world scenarios', () => {
    expect(scenarios.scenarios.filter((s) => s.kind === 'combined-failure')).toHaveLength(4);
    expect(scenarios.scenarios.filter((s) => s.kind === 'real-world')).toHaveLength(4);
  });

  it.each(scenarios.scenarios.map((s) => [s.name, s] as const))('%s → its finding', (_name, scenario) => {
    expect(FINDING_IDS).toContain(scenario.finding);
    const ids = fixtureFindingIds(scenario.fixture);
    expect(ids).toContain(scenario.finding);
    expect(ids).not.toContain('authenticated');
  });
});
