/**
 * `auth-doctor scan` as users run it: the CLI bundled by scripts/build-cli.mjs (into a temporary directory,
 * like ../bundle.test.ts), started as a process, diagnosing in real worker threads.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildCliBundle } from '../../support/cli-bundle';
import { TREE_CSV_ROWS, makeScanTree } from './scan-tree';

let dir: string;
let bin: string;
let tree: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'auth-doctor-scan-cli-'));
  bin = join(dir, 'auth-doctor.js');
  buildCliBundle(bin);
  tree = makeScanTree();
}, 60_000);

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
  rmSync(tree, { recursive: true, force: true });
});

/** Runs the bundle in the tree, so the paths it prints are relative to it. */
function cli(args: string[]): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8', cwd: tree });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

const RELATIVE_ROWS = TREE_CSV_ROWS.map((row) => row.split('ROOT/').join(''));

describe('the bundled auth-doctor scan, on worker threads', () => {
  it.each(['1', '2', '3'])(
    'prints the tree CSV exactly with %s worker(s), and no progress off a terminal',
    (jobs) => {
      const result = cli(['scan', '--format', 'csv', '--jobs', jobs, '.']);
      expect(result.stderr).toBe('');
      expect(result.status).toBe(0);
      expect(result.stdout.split('\r\n')).toEqual(RELATIVE_ROWS);
    },
  );

  interface PlainDiagnosis {
    attachment?: string;
    verdict: string;
    trust: { level: string };
    findings: Array<{ id: string; owner: string }>;
  }

  it('diagnoses each message as auth-doctor without scan does', () => {
    const scan = cli(['scan', '--format', 'jsonl', 'inbox']);
    const records = scan.stdout
      .trimEnd()
      .split('\n')
      .map((line) => JSON.parse(line) as Record<string, unknown>);
    const summary = records.pop();
    // inbox/: three files of one message each, a forwarded original, and a .msg with an attached item.
    expect(summary).toMatchObject({ summary: { files: 5, messages: 7, errors: 0 } });
    expect(records.filter((record) => record.attachment !== null)).toHaveLength(2);
    for (const record of records) {
      // The plain CLI prints one message's diagnosis as one JSON document, and a JSON line per message
      // when the file holds several (an attached original's line names its place).
      const out = cli(['--json', String(record.file)]).stdout.trimEnd();
      const plain = (out.startsWith('{\n') ? [out] : out.split('\n'))
        .map((text) => JSON.parse(text) as PlainDiagnosis)
        .find((diagnosis) => (diagnosis.attachment ?? null) === record.attachment);
      expect(plain).toBeDefined();
      if (plain === undefined) continue;
      expect(record).toMatchObject({
        verdict: plain.verdict,
        trust: plain.trust.level,
        findings: plain.findings.map(({ id, owner }) => ({ id, owner })),
      });
    }
  });

  it('prints the summary and sets the exit status with --fail-on', () => {
    const text = cli(['scan', '.']);
    expect(text.status).toBe(0);
    expect(text.stdout.split('\n')[0]).toBe(
      'Auth Doctor scan: 12 messages diagnosed in 10 files; 4 inputs could not be read',
    );
    expect(cli(['scan', '--fail-on', 'fail', '.']).status).toBe(1);
    expect(cli(['scan', '--fail-on', 'fail', 'inbox/headers.txt']).status).toBe(0);
    expect(cli(['scan', '--fail-on', 'attention', 'inbox/headers.txt']).status).toBe(1);
  });

  it('reports each message or file past --max-size, streamed or read by a worker, and goes on', () => {
    const big = cli(['scan', '--format', 'csv', '--max-size', '300K', 'big.mbox', 'inbox/exo.eml']);
    expect(big.status).toBe(0);
    const tooLarge = (name: string): string =>
      `${name}: input too large (the limit is 300 KB; raise it with --max-size)`;
    expect(big.stdout.split('\r\n').slice(1)).toEqual([
      `big.mbox,1,,,,,,,,,${tooLarge('big.mbox message 1')}`,
      `big.mbox,2,,,,,,,,,${tooLarge('big.mbox message 2')}`,
      `big.mbox,3,,,,,,,,,${tooLarge('big.mbox message 3')}`,
      RELATIVE_ROWS.find((row) => row.startsWith('inbox/exo.eml,')),
      '',
    ]);
    const small = cli(['scan', '--format', 'csv', '--max-size', '1K', 'inbox/exo.eml']);
    expect(small.stdout.split('\r\n')[1]).toBe(
      'inbox/exo.eml,,,,,,,,,,inbox/exo.eml: input too large (the limit is 1 KB; raise it with --max-size)',
    );
  });

  it('refuses bad arguments in one line with exit status 2', () => {
    const result = cli(['scan', '--format', 'xml', '.']);
    expect(result.status).toBe(2);
    expect(result.stderr).toBe(
      'auth-doctor: unknown --format value "xml" (use text, markdown, csv or jsonl)\n',
    );
    expect(result.stdout).toBe('');
  });
});
