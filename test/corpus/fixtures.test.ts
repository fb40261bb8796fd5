/**
 * The corpus test: every fixture under test/fixtures gives what the documents say (its .expect.json), and
 * every Diagnosis keeps the contract of DESIGN.md. Expectations come from the seeds and
 * DESIGN.md, never from the engine's output (test/fixtures/README.md).
 */
import { readFileSync } from 'node:fs';
import { diagnoseHeaders } from '../../src/rules/index';
import schema from '../../schema/diagnosis.schema.json';
import { parseHeaders } from '../../src/parser/index';
import { FINDING_IDS, type Diagnosis, type Finding } from '../../src/rules/diagnosis';
import { nodeIo } from '../../src/cli/node-io';
import { run } from '../../src/cli/run';
import { diagnosisProblems, schemaProblems } from '../robustness/diagnosis-schema';
import {
  listFixtures,
  readExpectation,
  type AuthExpectation,
  type Expectation,
  type Fixture,
} from './corpus';

const VERDICTS: readonly string[] = schema.properties.verdict.enum;
const CATALOGUE: readonly string[] = FINDING_IDS;

const fixtures = listFixtures();

/** The asserted auth values read from a Diagnosis, null where the Diagnosis has nothing. */
function actualAuth(d: Diagnosis): Required<AuthExpectation> {
  return {
    spf: d.auth.spf?.result ?? null,
    spfIp: d.auth.spf?.ip ?? null,
    dkim: d.auth.dkim.map((r) => r.result),
    dmarc: d.auth.dmarc?.result ?? null,
    dmarcAction: d.auth.dmarc?.action ?? null,
    compauth: d.auth.compauth?.result ?? null,
    reason: d.auth.compauth?.reason ?? null,
    compauthDocumented: d.auth.compauth?.documented ?? false,
    arc: d.auth.arc?.result ?? null,
    authservId: d.auth.authservId,
  };
}

/** Every way the Diagnosis misses the expectation, as readable lines (empty = all met). */
function expectationProblems(d: Diagnosis, e: Expectation): string[] {
  const problems: string[] = [];
  const ids = d.findings.map((f) => f.id);
  const withId = (id: string): Finding[] => d.findings.filter((f) => f.id === id);

  const auth = actualAuth(d);
  for (const [key, want] of Object.entries(e.auth ?? {})) {
    const got = auth[key as keyof AuthExpectation];
    const wanted = key === 'dkim' ? (want ?? []) : want;
    if (JSON.stringify(got) !== JSON.stringify(wanted)) {
      problems.push(`auth.${key}: expected ${JSON.stringify(wanted)}, got ${JSON.stringify(got)}`);
    }
  }
  for (const [key, want] of Object.entries(e.message ?? {})) {
    const got = d.message[key as keyof Diagnosis['message']];
    if (got !== want)
      problems.push(`message.${key}: expected ${JSON.stringify(want)}, got ${JSON.stringify(got)}`);
  }
  for (const [field, want] of Object.entries(e.antispam ?? {})) {
    const got = d.antispam?.[field];
    if (got !== want)
      problems.push(`antispam.${field}: expected ${JSON.stringify(want)}, got ${JSON.stringify(got)}`);
  }
  if (e.hops !== undefined && d.hops.length !== e.hops) {
    problems.push(`hops: expected ${e.hops}, got ${d.hops.length}`);
  }
  for (const id of e.findings.include) {
    if (!ids.includes(id as Finding['id'])) problems.push(`finding ${id}: expected, got [${ids.join(', ')}]`);
  }
  for (const id of e.findings.exclude ?? []) {
    if (ids.includes(id as Finding['id']))
      problems.push(`finding ${id}: must not appear, got [${ids.join(', ')}]`);
  }
  for (const [id, owner] of Object.entries(e.owners ?? {})) {
    const got = withId(id).map((f) => f.owner);
    if (got.length === 0 || got.some((o) => o !== owner)) {
      problems.push(`owner of ${id}: expected ${owner}, got ${JSON.stringify(got)}`);
    }
  }
  for (const [id, needles] of Object.entries(e.fixContains ?? {})) {
    const fix = withId(id)
      .flatMap((f) => f.fix)
      .join('\n');
    for (const needle of needles) {
      if (!fix.includes(needle))
        problems.push(
          `fix of ${id}: expected to contain ${JSON.stringify(needle)}, got ${JSON.stringify(fix)}`,
        );
    }
  }
  if (e.verdict !== undefined && d.verdict !== e.verdict) {
    problems.push(`verdict: expected ${e.verdict}, got ${d.verdict}`);
  }
  return problems;
}

describe('fixture corpus (test/fixtures)', () => {
  it('holds at least 15 seed fixtures and 60 fixtures in all', () => {
    expect(fixtures.filter((f) => f.category === 'seeds').length).toBeGreaterThanOrEqual(15);
    expect(fixtures.length).toBeGreaterThanOrEqual(60);
  });

  it('includes every catalogue id in at least one fixture', () => {
    const included = new Set(fixtures.flatMap((f) => readExpectation(f).findings.include));
    expect(CATALOGUE.filter((id) => !included.has(id))).toEqual([]);
  });

  it.each(fixtures.map((f): [string, Fixture] => [f.id, f]))('%s is well-formed', (_id, fixture) => {
    expect(fixture.raw.endsWith('\n')).toBe(true);
    const e = JSON.parse(readFileSync(fixture.expectPath, 'utf8')) as Expectation;
    expect(e.description.trim()).not.toBe('');
    expect(e.source.trim()).not.toBe('');
    expect(e.findings.include.length).toBeGreaterThan(0);
    const named = [
      ...e.findings.include,
      ...(e.findings.exclude ?? []),
      ...Object.keys(e.owners ?? {}),
      ...Object.keys(e.fixContains ?? {}),
    ];
    expect(named.filter((id) => !CATALOGUE.includes(id))).toEqual([]);
    // owners and fixContains speak about findings the fixture requires.
    expect(
      [...Object.keys(e.owners ?? {}), ...Object.keys(e.fixContains ?? {})].filter(
        (id) => !e.findings.include.includes(id),
      ),
    ).toEqual([]);
    expect((e.findings.exclude ?? []).filter((id) => e.findings.include.includes(id))).toEqual([]);
    if (e.verdict !== undefined) expect(VERDICTS).toContain(e.verdict);
  });

  describe.each(fixtures.map((f): [string, Fixture] => [f.id, f]))('%s', (_id, fixture) => {
    const expectation = readExpectation(fixture);
    let diagnosis: Diagnosis;
    beforeAll(() => {
      diagnosis = diagnoseHeaders(fixture.raw);
    });

    it(`gives what the documents say: ${expectation.description}`, () => {
      expect(expectationProblems(diagnosis, expectation)).toEqual([]);
    });

    it('keeps the Diagnosis contract (schema/diagnosis.schema.json, ordering, evidence on real lines)', () => {
      expect(diagnosisProblems(diagnosis, parseHeaders(fixture.raw))).toEqual([]);
    });
  });

  it('is what `auth-doctor --json` prints for every fixture, valid against schema/diagnosis.schema.json', async () => {
    let out = '';
    let err = '';
    const io = {
      ...nodeIo(),
      stdout: { write: (text: string) => (out += text) },
      stderr: { write: (text: string) => (err += text) },
    };
    expect(await run(['--json', ...fixtures.map((f) => f.emlPath)], io)).toBe(0);
    expect(err).toBe('');
    const lines = out
      .trimEnd()
      .split('\n')
      .map((line) => JSON.parse(line) as { file: string; attachment?: string });
    // Each fixture's own message, in order; a bounce's returned original follows its bounce as a
    // message of its own.
    const printed = lines.filter((d) => d.attachment === undefined);
    expect(printed.map((d) => d.file)).toEqual(fixtures.map((f) => f.emlPath));
    const problems = printed.flatMap((d, i) =>
      diagnosisProblems(d, parseHeaders(fixtures[i].raw)).map((problem) => `${fixtures[i].id}: ${problem}`),
    );
    expect(problems).toEqual([]);
    const attached = lines.filter((d) => d.attachment !== undefined);
    expect(attached.length).toBeGreaterThan(0);
    for (const d of attached) {
      expect(d.file).toMatch(/\/ndr\//);
      expect(d.attachment).toMatch(/^attached message \d+ of \d+$/);
      expect(schemaProblems(d)).toEqual([]);
    }
  });
});
