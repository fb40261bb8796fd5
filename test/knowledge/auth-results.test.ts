import {
  AUTH_AS_VALUES,
  AUTH_RESULTS,
  DMARC_ACTIONS,
  lookupAuthResult,
  lookupDmarcAction,
} from '../../src/rules/knowledge';
import type { AuthMethod } from '../../src/rules/knowledge';
import facts from '../fixtures/knowledge/auth-results.json';

describe('AUTH_RESULTS', () => {
  it.each(Object.entries(facts.keyFieldValues))(
    'explains every %s value of the troubleshooting key-fields table',
    (method, values) => {
      for (const value of values) expect(lookupAuthResult(method as AuthMethod, value)).toBeDefined();
    },
  );

  it.each(facts.compauthValues.map((v) => [v.value, v] as const))(
    'states what compauth=%s means, in our words',
    (value, { passing, mentions }) => {
      const row = lookupAuthResult('compauth', value);
      expect(row?.passing).toBe(passing);
      for (const fact of mentions) expect(row?.meaning.toLowerCase()).toContain(fact);
    },
  );

  it('looks results up case-insensitively and says which ones pass', () => {
    expect(lookupAuthResult('spf', 'SoftFail')?.passing).toBe(false);
    expect(lookupAuthResult('dmarc', 'bestguesspass')?.passing).toBe(true);
    expect(lookupAuthResult('compauth', 'softpass')?.passing).toBe(true);
    expect(lookupAuthResult('dkim', 'dkim_pass')).toBeUndefined();
    expect(AUTH_RESULTS.filter((r) => r.passing).map((r) => `${r.method}=${r.result}`)).toEqual([
      'spf=pass',
      'dkim=pass',
      'dmarc=pass',
      'dmarc=bestguesspass',
      'compauth=pass',
      'compauth=softpass',
    ]);
  });
});

describe('DMARC_ACTIONS', () => {
  const actions = facts.dmarcActions;

  it('has every action Exchange Online stamps, and the spellings the seeds also show', () => {
    for (const action of [...actions.listed, ...actions.alsoWritten]) {
      expect(lookupDmarcAction(action)).toBeDefined();
    }
    expect(lookupDmarcAction('Quarantine')?.enforced).toBe(true);
  });

  it('treats oreject and quarantine as enforced and pct.* as sampled out', () => {
    for (const action of actions.enforced) expect(lookupDmarcAction(action)?.enforced).toBe(true);
    for (const action of actions.sampledOut) expect(lookupDmarcAction(action)?.enforced).toBe(false);
    expect(lookupDmarcAction('pct.quarantine')?.meaning).toMatch(/pct<100/);
    expect(lookupDmarcAction('oreject')?.meaning).toMatch(/marked as spam instead of rejected/);
    expect(DMARC_ACTIONS.map((r) => r.action)).not.toContain('reject');
  });
});

describe('AUTH_AS_VALUES', () => {
  it('knows both AuthAs values', () => {
    expect(AUTH_AS_VALUES.map((r) => r.value)).toEqual(facts.authAs);
  });
});
