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
 * A polynomial verdict found by fuzzing (not proved by automata) is replayed in V8 before it fails the
 * test: recheck's own matcher counts steps that V8's optimisations may skip, and on a loaded machine its
 * fuzzing is not reproducible (seen here: a "2nd degree" report for the Received IP pattern that V8 matches
 * linearly up to 800 K characters). The attack string is built at n and 4n repetitions; 4× the input
 * costing more than 8× the time (linear ≈ 4×, quadratic ≈ 16×) confirms it. Exponential verdicts and
 * proofs by automata are never second-guessed.
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

type Attack = Extract<Diagnostics, { status: 'vulnerable' }>['attack'];

function attackString(attack: Attack, repeat: number): string {
  return (
    attack.pumps.map((p) => p.prefix + p.pump.repeat(Math.max(0, repeat + p.bias))).join('') + attack.suffix
  );
}

/**
 * Fastest of three runs of the regex over `text` (search semantics, as exec/test/replace use it), in ms.
 * V8 interprets a new regex's bytecode first and compiles it to machine code once it is hot: `regex` is
 * warmed up by the caller so both sizes are timed on the same tier.
 */
function matchTime(regex: RegExp, text: string): number {
  let best = Infinity;
  for (let i = 0; i < 3; i++) {
    const started = performance.now();
    regex.exec(text);
    best = Math.min(best, performance.now() - started);
  }
  return best;
}

/**
 * Whether V8 shows the super-linear growth recheck's attack claims: 4× the input costing more than 8× the
 * time (the geometric middle of linear, 4×, and quadratic, 16×).
 */
function superLinearInV8(
  source: string,
  flags: string,
  attack: Attack,
): { confirmed: boolean; detail: string } {
  const regex = new RegExp(source, flags.replace(/[gy]/g, ''));
  const n = Math.min(attack.base, 4000);
  const smallText = attackString(attack, n);
  for (let i = 0; i < 5; i++) regex.exec(smallText);
  const small = matchTime(regex, smallText);
  const large = matchTime(regex, attackString(attack, 4 * n));
  const ratio = large / Math.max(small, 0.01);
  return {
    confirmed: ratio > 8 && large > 5,
    detail: `V8: ${small.toFixed(2)} ms at ${n} repetitions, ${large.toFixed(2)} ms at ${4 * n}`,
  };
}

/** Null when linear; otherwise why not. */
function verdict(r: FoundRegex, d: Diagnostics): string | null {
  if (d.status === 'safe') return null;
  if (d.status === 'unknown')
    return `unknown (${d.error.kind}${'message' in d.error ? `: ${d.error.message}` : ''})`;
  const claim = `${d.complexity.summary}: attack ${JSON.stringify(d.attack.pattern)}`;
  if (d.complexity.type === 'polynomial' && d.complexity.isFuzz) {
    const replay = superLinearInV8(r.source, r.flags, d.attack);
    if (!replay.confirmed) return null;
    return `${claim} (${replay.detail})`;
  }
  return claim;
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
    expect(textSites.length).toBeGreaterThan(0);
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

  it('the checker tells a super-linear regex from a linear one, and V8 confirms a quadratic attack', async () => {
    const exponential = await check('^(a+)+$', '', { randomSeed: 1 });
    expect(exponential.status).toBe('vulnerable');
    const quadratic = await check('\\s+$', '', { randomSeed: 1 });
    expect(quadratic.status).toBe('vulnerable');
    if (quadratic.status === 'vulnerable') {
      expect(superLinearInV8('\\s+$', '', quadratic.attack).confirmed).toBe(true);
    }
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
    const problems = results.flatMap(({ r, diagnostics }) => {
      const why = verdict(r, diagnostics);
      const sites = byPattern.get(`/${r.source}/${r.flags}`)?.map((x) => x.site) ?? [];
      return why ? [`${sites.join(', ')} /${r.source}/${r.flags}: ${why}`] : [];
    });
    expect(problems).toEqual([]);
  }, 240_000);
});
