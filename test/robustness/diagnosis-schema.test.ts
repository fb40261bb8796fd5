/**
 * schema/diagnosis.schema.json itself: it lists exactly the catalogue's finding ids, accepts a Diagnosis
 * with every optional addition filled in, and refuses values outside the documented lists.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import schema from '../../schema/diagnosis.schema.json';
import { FINDING_IDS } from '../../src/rules/diagnosis';
import { buildDiagnosis, buildFinding } from '../report/diagnosis-builder';
import { schemaProblems } from './diagnosis-schema';

/** Every value of every `enum` in the schema, with the property it belongs to. */
function enumValues(node: unknown, name = ''): Array<[string, string]> {
  if (Array.isArray(node)) return node.flatMap((item) => enumValues(item, name));
  if (typeof node !== 'object' || node === null) return [];
  return Object.entries(node).flatMap(([key, value]): Array<[string, string]> =>
    key === 'enum' ? (value as string[]).map((v) => [name, v]) : enumValues(value, key),
  );
}

const evidence = { header: 'Authentication-Results', text: 'spf=pass', line: 3 };

describe('schema/diagnosis.schema.json', () => {
  it('lists exactly the finding ids of the catalogue', () => {
    // The registry's order is precedence (root causes first); an enum's order means nothing.
    expect([...schema.$defs.findingId.enum].sort()).toEqual([...FINDING_IDS].sort());
  });

  it('is described in docs/diagnosis.md: every listed value appears there as code', () => {
    const docs = readFileSync(join(__dirname, '../../docs/diagnosis.md'), 'utf8');
    const values = enumValues(schema);
    expect(values.length).toBeGreaterThan(60);
    expect(values.filter(([, value]) => !docs.includes(`\`${value}\``))).toEqual([]);
  });

  it('accepts a Diagnosis with fixSteps, dns and trust filled in', () => {
    const d = {
      ...buildDiagnosis(),
      findings: [
        {
          ...buildFinding(),
          fixSteps: [
            {
              text: 'Publish the SPF record.',
              code: { kind: 'dns-txt', value: 'v=spf1 -all', host: 'a.example' },
            },
            { text: 'Check the result.' },
          ],
          dns: {
            checkedAt: '2026-11-23T10:00:00.000Z',
            resolver: 'system',
            state: 'fixed-since',
            detail: 'a.example now publishes v=spf1 ip4:10.2.3.4 -all',
          },
        },
      ],
      trust: {
        level: 'suspicious',
        headline: 'This message may not be from who it says.',
        advice: 'Do not open its links.',
        signals: [{ id: 'unrelated-infrastructure', text: 'Sent from elsewhere.', evidence: [evidence] }],
      },
    };
    expect(schemaProblems(d)).toEqual([]);
    expect(schemaProblems(buildDiagnosis())).toEqual([]);
  });

  it.each([
    [
      'an undocumented SPF result',
      { spf: { result: 'pas', domain: null, ip: null, aligned: null } },
      '/auth/spf/result',
    ],
    [
      'an upper-case DKIM result',
      { dkim: [{ result: 'Pass', domain: null, selector: null, aligned: null, reason: null }] },
      '/auth/dkim/0/result',
    ],
    [
      'dkim=unknown',
      { dkim: [{ result: 'unknown', domain: null, selector: null, aligned: null, reason: null }] },
      '/auth/dkim/0/result',
    ],
    [
      'a two-digit compauth reason',
      { compauth: { result: 'fail', reason: '01', meaning: '', documented: false } },
      '/auth/compauth/reason',
    ],
    [
      'compauth=maybe',
      { compauth: { result: 'maybe', reason: null, meaning: '', documented: false } },
      '/auth/compauth/result',
    ],
    [
      'an ARC result of softfail',
      { arc: { result: 'softfail', sealers: [], reported: true, outerSeal: null, signatures: [] } },
      '/auth/arc/result',
    ],
  ])('refuses %s', (_name, auth, path) => {
    const d = buildDiagnosis();
    const problems = schemaProblems({ ...d, auth: { ...d.auth, ...auth } });
    expect(problems.map((p) => p.split(':')[0])).toEqual([path]);
  });

  it.each([
    ['a finding id outside the catalogue', { id: 'spf-pass' }, '/findings/0/id'],
    ['an owner outside the list', { owner: 'postmaster' }, '/findings/0/owner'],
    ['a finding without fix steps', { fix: [] }, '/findings/0/fix'],
    ['a reference that is not https', { references: ['http://example.com'] }, '/findings/0/references/0'],
    [
      'a code kind outside the list',
      { fixSteps: [{ text: 'x', code: { kind: 'bash', value: 'ls' } }] },
      '/findings/0/fixSteps/0/code/kind',
    ],
  ])('refuses %s', (_name, overrides, path) => {
    const problems = schemaProblems(
      buildDiagnosis({ findings: [{ ...buildFinding(), ...overrides } as never] }),
    );
    expect(problems.map((p) => p.split(':')[0])).toEqual([path]);
  });

  it('refuses an unknown top-level field, a trust level outside the list and a control-laden antispam key', () => {
    const d = buildDiagnosis();
    expect(schemaProblems({ ...d, extra: 1 }).map((p) => p.split(':')[0])).toEqual(['(diagnosis)']);
    expect(
      schemaProblems({ ...d, trust: { level: 'maybe', headline: 'h', advice: 'a', signals: [] } }).map(
        (p) => p.split(':')[0],
      ),
    ).toEqual(['/trust/level']);
    expect(schemaProblems({ ...d, antispam: { '\u001b[2JSCL': '1', decoded: [] } })).toEqual([
      '/antispam: property name must match pattern "^(decoded|[A-Z0-9]{1,16})$", got "\\u001b[2JSCL"',
    ]);
  });

  it('says what was wrong and what it was', () => {
    const d = buildDiagnosis();
    expect(schemaProblems({ ...d, verdict: 'ok' })).toEqual([
      '/verdict: must be one of pass|attention|fail|unknown, got "ok"',
    ]);
  });
});
