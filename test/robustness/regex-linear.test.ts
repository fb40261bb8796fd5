/**
 * Every regular expression in src/ runs in linear time (issue 6; headers are attacker-controlled). The
 * regexes are found from the syntax trees (./regex-inventory.ts), so a new one is covered automatically,
 * and each is checked with recheck (https://makenowjust-labs.github.io/recheck/), a ReDoS checker that
 * proves the matching complexity by automata theory where it can, and by fuzzing with static analysis
 * where it cannot (lookarounds, back-references). It checks search semantics (an unanchored regex tried
 * from every position, as `exec`, `test`, `replace` and `split` do), so `\s+$` counts as quadratic.
 *
 * recheck runs offline here through its native binary (recheck-linux-x64, an optional dependency of
 * recheck); without it recheck falls back to its slower pure-JavaScript build.
 *
 * recheck finds some polynomial verdicts only by fuzzing, and its matcher counts steps V8's optimisations
 * may skip: such a verdict is not proof, and deciding it takes timing, which belongs to the benchmark, not
 * to jest. `npm run bench` replays each one in V8 (bench/regex-replay.mjs) and fails when V8 confirms it;
 * here every other verdict that is not linear fails, and a fuzzed one is printed (one line each) so a run
 * never hides it.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import { check, type Diagnostics } from 'recheck';
import { findRegexes, type FoundRegex } from './regex-inventory';

const inventory = findRegexes();
const ROOT = join(__dirname, '..', '..');

/** Every .ts/.tsx file of src/ as text, named as the inventory names sites ("src/parser/fields.ts"). */
function sourceTexts(dir = join(ROOT, 'src')): { site: string; text: string }[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceTexts(path);
    if (!/\.tsx?$/.test(entry.name)) return [];
    return [{ site: relative(ROOT, path).split(sep).join('/'), text: readFileSync(path, 'utf8') }];
  });
}

/** One check per distinct pattern: the same regex at several sites is checked once. */
function distinct(regexes: FoundRegex[]): Map<string, FoundRegex[]> {
  const byPattern = new Map<string, FoundRegex[]>();
  for (const r of regexes) {
    const key = `/${r.source}/${r.flags}`;
    byPattern.set(key, [...(byPattern.get(key) ?? []), r]);
  }
  return byPattern;
}

/** A polynomial verdict recheck found by fuzzing: the bench decides it by timing it in V8. */
function fuzzedPolynomial(d: Diagnostics): boolean {
  return d.status === 'vulnerable' && d.complexity.type === 'polynomial' && d.complexity.isFuzz;
}

/** Null when linear (or left to the bench's replay); otherwise why not. */
function verdict(d: Diagnostics): string | null {
  if (d.status === 'safe' || fuzzedPolynomial(d)) return null;
  if (d.status === 'unknown')
    return `unknown (${d.error.kind}${'message' in d.error ? `: ${d.error.message}` : ''})`;
  return `${d.complexity.summary}: attack ${JSON.stringify(d.attack.pattern)}`;
}

describe('regular expressions in src/', () => {
  it('are all found, and every RegExp() pattern is built from constants', () => {
    expect(inventory.regexes.length).toBeGreaterThan(40);
    expect(inventory.unresolved).toEqual([]);
    // Cross-check against the plain text: every `RegExp(` call site of src/ is in the inventory.
    const textSites = sourceTexts().flatMap(({ site, text }) =>
      text.split('\n').flatMap((line, i) => (/\bRegExp\(/.test(line) ? [`${site}:${i + 1}`] : [])),
    );
    const found = new Set(inventory.regexes.filter((r) => r.kind === 'constructor').map((r) => r.site));
    // src/ may hold no RegExp() call at all; the sample-file test below proves constructors are found.
    expect(textSites.filter((site) => !found.has(site))).toEqual([]);
  });

  it('the inventory evaluates parameters through their calls and reports what it cannot evaluate', () => {
    const dir = mkdtempSync(join(tmpdir(), 'regex-inventory-'));
    try {
      writeFileSync(
        join(dir, 'sample.ts'),
        [
          'const WORD = String.raw`[a-z]+`;',
          "const tagged = (tag: string) => new RegExp(`${tag}=(${WORD})`, 'i');",
          "tagged('p'); tagged('dis');",
          'export const fromUser = (input: string) => new RegExp(input);',
          "export const viaString = (s: string) => s.search('a+b');",
        ].join('\n'),
      );
      const found = findRegexes(dir);
      expect(found.regexes.map((r) => `${r.kind} /${r.source}/${r.flags}`)).toEqual([
        'constructor /p=([a-z]+)/i',
        'constructor /dis=([a-z]+)/i',
        'string-method /a+b/',
      ]);
      expect(found.unresolved).toEqual([
        { site: expect.stringMatching(/sample\.ts:4$/), reason: expect.stringContaining('never called') },
      ]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('the checker tells a super-linear regex from a linear one', async () => {
    const exponential = await check('^(a+)+$', '', { randomSeed: 1 });
    expect(exponential.status).toBe('vulnerable');
    expect(verdict(exponential)).toMatch(/exponential/);
    expect((await check('\\s+$', '', { randomSeed: 1 })).status).toBe('vulnerable');
    expect((await check('[ \\t]+', 'g', { randomSeed: 1 })).status).toBe('safe');
  }, 60_000);

  it('are linear-time (recheck)', async () => {
    const byPattern = distinct(inventory.regexes);
    const results = await Promise.all(
      [...byPattern.values()].map(async ([r]) => ({
        r,
        diagnostics: await check(r.source, r.flags, { timeout: 60_000, randomSeed: 1 }),
      })),
    );
    const sitesOf = (r: FoundRegex): string =>
      byPattern
        .get(`/${r.source}/${r.flags}`)
        ?.map((x) => x.site)
        .join(', ') ?? r.site;
    const problems = results.flatMap(({ r, diagnostics }) => {
      const why = verdict(diagnostics);
      return why ? [`${sitesOf(r)} /${r.source}/${r.flags}: ${why}`] : [];
    });
    expect(problems).toEqual([]);
    for (const { r } of results.filter(({ diagnostics }) => fuzzedPolynomial(diagnostics))) {
      process.stdout.write(
        `recheck (fuzzing) calls ${sitesOf(r)} /${r.source}/ polynomial: npm run bench replays it in V8\n`,
      );
    }
  }, 240_000);
});
