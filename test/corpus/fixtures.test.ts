/**
 * The corpus test: every fixture under test/fixtures gives what the documents say (its .expect.json), and
 * every Diagnosis keeps the contract of DESIGN.md. Expectations come from the seeds and
 * DESIGN.md, never from the engine's output (test/fixtures/README.md).
 */
import { readFileSync } from 'node:fs';
import { diagnoseHeaders } from '../../src/rules/index';
import { DIAGNOSIS_SCHEMA, FINDING_IDS, type Diagnosis, type Finding } from '../../src/rules/diagnosis';
import {
  evidenceWindow,
  listFixtures,
  physicalLines,
  readExpectation,
  squeeze,
  type AuthExpectation,
  type Expectation,
  type Fixture,
} from './corpus';

const SEVERITY_RANK: Record<string, number> = { error: 0, warning: 1, info: 2 };
const OWNERS = ['sender-admin', 'recipient-admin', 'user', 'none'];
const VERDICTS = ['pass', 'attention', 'fail', 'unknown'];
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

/** Every way the Diagnosis breaks the DESIGN.md contract for this block (empty = none). */
function contractProblems(d: Diagnosis, raw: string): string[] {
  const problems: string[] = [];
  const lines = physicalLines(raw);
  if (d.schema !== DIAGNOSIS_SCHEMA) problems.push(`schema: ${String(d.schema)}`);
  if (!VERDICTS.includes(d.verdict)) problems.push(`verdict: ${String(d.verdict)}`);
  if (typeof d.summary !== 'string' || d.summary.trim() === '') problems.push('summary: empty');
  if (d.auth.compauth?.reason != null && !/^\d{3}$/.test(d.auth.compauth.reason)) {
    problems.push(`compauth.reason: not three digits: ${JSON.stringify(d.auth.compauth.reason)}`);
  }
  // DESIGN.md: "Results are lower-case".
  const results = [
    d.auth.spf?.result,
    ...d.auth.dkim.map((r) => r.result),
    d.auth.dmarc?.result,
    d.auth.compauth?.result,
    d.auth.arc?.result,
  ];
  for (const result of results) {
    if (result != null && result !== result.toLowerCase())
      problems.push(`auth result not lower-case: ${result}`);
  }
  d.findings.forEach((f, i) => {
    const where = `finding ${i} (${f.id})`;
    if (!CATALOGUE.includes(f.id)) problems.push(`${where}: id not in the catalogue`);
    if (!(f.severity in SEVERITY_RANK)) problems.push(`${where}: severity ${String(f.severity)}`);
    if (!OWNERS.includes(f.owner)) problems.push(`${where}: owner ${String(f.owner)}`);
    if (!f.title?.trim()) problems.push(`${where}: empty title`);
    if (!f.explanation?.trim()) problems.push(`${where}: empty explanation`);
    if (!Array.isArray(f.fix) || f.fix.length === 0 || f.fix.some((step) => !step.trim())) {
      problems.push(`${where}: fix must be non-empty steps`);
    }
    if (
      !Array.isArray(f.references) ||
      f.references.length === 0 ||
      f.references.some((r) => !/^https:\/\//.test(r))
    ) {
      problems.push(`${where}: references must be https links`);
    }
    if (i > 0 && SEVERITY_RANK[d.findings[i - 1].severity] > SEVERITY_RANK[f.severity]) {
      problems.push(
        `${where}: ${f.severity} after ${d.findings[i - 1].severity} (order must be error → warning → info)`,
      );
    }
    // Every finding points at the line(s) that prove it (issue 2), except the absence of results itself.
    if (f.id !== 'no-auth-results' && f.evidence.length === 0) problems.push(`${where}: no evidence`);
    for (const ev of f.evidence) {
      const window = evidenceWindow(lines, ev.line);
      if (window === null) {
        problems.push(`${where}: evidence line ${ev.line} outside the block (1..${lines.length})`);
      } else if (!ev.text?.trim()) {
        problems.push(`${where}: evidence on line ${ev.line} has no text`);
      } else if (!squeeze(window).includes(squeeze(ev.text))) {
        problems.push(
          `${where}: evidence ${JSON.stringify(ev.text)} is not on line ${ev.line}: ${JSON.stringify(window)}`,
        );
      }
    }
  });
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

    it('keeps the Diagnosis contract (schema, findings, ordering, evidence on real lines)', () => {
      expect(contractProblems(diagnosis, fixture.raw)).toEqual([]);
    });
  });
});
