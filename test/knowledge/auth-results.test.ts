import {
  AUTH_AS_VALUES,
  AUTH_RESULTS,
  DIAGNOSTIC_TOOLS,
  DMARC_ACTIONS,
  lookupAuthResult,
  lookupDmarcAction,
} from '../../src/rules/knowledge';
import type { AuthMethod } from '../../src/rules/knowledge';
import { between, readShared, tableCells } from './seed-files';

const TROUBLESHOOTING = readShared('seeds/troubleshooting-email-authentication.txt');

/** The "Key fields" table: field → possible values (rows are spread over three lines each). */
function keyFieldValues(): Map<string, string[]> {
  const table = between(
    TROUBLESHOOTING,
    '| Field | Possible values | Meaning |\n|---|---|---|\n',
    '\nReason code',
  );
  const cells = table.split('\n').map((line) => line.replace(/\|\s*$/, '').trim());
  const values = new Map<string, string[]>();
  for (let i = 0; i + 1 < cells.length; i += 3) values.set(cells[i], cells[i + 1].split(', '));
  return values;
}

describe('AUTH_RESULTS', () => {
  const keyFields = keyFieldValues();

  it.each(['spf', 'dkim', 'dmarc', 'compauth'] as AuthMethod[])(
    'explains every %s value of the troubleshooting key-fields table',
    (method) => {
      const seedValues = keyFields.get(method) ?? [];
      expect(seedValues.length).toBeGreaterThanOrEqual(3);
      for (const value of seedValues) expect(lookupAuthResult(method, value)).toBeDefined();
    },
  );

  it('uses the compauth guide’s value table verbatim', () => {
    const guide = readShared('seeds/compauth-reason-codes-guide.txt');
    const table = between(guide, '| Value | Meaning |\n|---|---|\n', 'The nuance between');
    const seedRows = table
      .split('\n')
      .filter((line) => line.includes('|'))
      .map((line) => tableCells(`| ${line}`));
    expect(seedRows.map((r) => r[0])).toEqual(['pass', 'softpass', 'fail', 'none']);
    for (const [value, meaning] of seedRows) {
      expect(lookupAuthResult('compauth', value)?.meaning).toBe(meaning);
    }
  });

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
  it('has every action header-facts lists, and quarantine from the troubleshooting guide', () => {
    const facts = readShared('reference/header-facts.md');
    const listed = /action=([a-z.|]+)/.exec(facts)?.[1].split('|') ?? [];
    expect(listed).toEqual(['none', 'permerror', 'temperror', 'oreject', 'pct.quarantine', 'pct.reject']);
    for (const action of listed) expect(lookupDmarcAction(action)).toBeDefined();
    expect(facts).toContain('o.reject');
    expect(lookupDmarcAction('o.reject')?.enforced).toBe(true);
    expect(TROUBLESHOOTING).toContain('dmarc=fail action=quarantine');
    expect(lookupDmarcAction('Quarantine')?.enforced).toBe(true);
  });

  it('treats pct.* as sampled out and oreject as enforced', () => {
    expect(lookupDmarcAction('pct.reject')?.enforced).toBe(false);
    expect(lookupDmarcAction('pct.quarantine')?.meaning).toMatch(/pct<100/);
    expect(lookupDmarcAction('oreject')?.meaning).toMatch(/marked as spam instead of rejected/);
    expect(DMARC_ACTIONS.map((r) => r.action)).not.toContain('reject');
  });
});

describe('DIAGNOSTIC_TOOLS and AUTH_AS_VALUES', () => {
  it('lists the troubleshooting guide’s tools with their purpose', () => {
    const table = between(TROUBLESHOOTING, '| Tool | Purpose |\n|---|---|\n', 'Read authentication results');
    const seedTools = table
      .split('\n')
      .filter((l) => l.startsWith('| '))
      .map((l) => tableCells(l));
    expect(DIAGNOSTIC_TOOLS.map((t) => t.tool)).toEqual(seedTools.map((r) => r[0]));
    for (const [i, tool] of DIAGNOSTIC_TOOLS.entries()) {
      expect(seedTools[i][1]).toContain(tool.purpose);
      expect(tool.url).toMatch(/^https:\/\//);
    }
  });

  it('knows both AuthAs values', () => {
    expect(AUTH_AS_VALUES.map((r) => r.value)).toEqual(['Internal', 'Anonymous']);
    expect(readShared('reference/header-facts.md')).toContain('`Internal` or `Anonymous`');
  });
});
