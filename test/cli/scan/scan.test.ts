import { createReadStream, rmSync } from 'node:fs';
import { join } from 'node:path';
import { runScan } from '../../../src/cli/scan/scan';
import type { ScanIo } from '../../../src/cli/scan/scan-io';
import { inProcessPool } from './in-process-pool';
import { TREE_CSV_ROWS, makeScanTree } from './scan-tree';

let root: string;
beforeAll(() => {
  root = makeScanTree();
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

function scanIo({ isTTY = false, clockStep = 0 } = {}) {
  let out = '';
  let err = '';
  let clock = 0;
  const pool = inProcessPool();
  const io: ScanIo = {
    stdout: { write: (text: string) => (out += text) },
    stderr: { isTTY, write: (text: string) => (err += text) },
    // Small chunks: the mbox is split across many reads.
    fileChunks: (path) => createReadStream(path, { highWaterMark: 256 }),
    createPool: () => pool,
    now: () => (clock += clockStep),
  };
  return { io, pool, out: () => out.split(root).join('ROOT'), err: () => err };
}

describe('auth-doctor scan (in process)', () => {
  it('prints a CSV row per message and per input that cannot be read, in input order', async () => {
    const { io, out, pool } = scanIo();
    expect(await runScan(['--format', 'csv', root], io)).toBe(0);
    expect(out().split('\r\n')).toEqual(TREE_CSV_ROWS);
    // The empty folder gives nothing (it is not an input the user named); the link to nowhere is refused
    // when listed; the big mbox is split here, the small files are read by the workers.
    const items = pool.tasks.flatMap((task) => task.items);
    expect(items.map((item) => [item.file.slice(root.length), item.index, item.bytes !== null])).toEqual([
      ['/big.mbox', 1, true],
      ['/big.mbox', 2, true],
      ['/big.mbox', 3, true],
      ['/binary.bin', null, false],
      ['/broken.txt', null, false],
      ['/export.mbox', null, false],
      ['/inbox/exo.eml', null, false],
      ['/inbox/forwarded.eml', null, false],
      ['/inbox/headers.txt', null, false],
      ['/inbox/nested/deep/gmail.eml', null, false],
      ['/inbox/report.msg', null, false],
    ]);
  });

  it('sums verdicts, trust levels and findings in the text summary', async () => {
    const { io, out } = scanIo();
    expect(await runScan([root], io)).toBe(0);
    const text = out();
    expect(text.split('\n').slice(0, 16)).toEqual([
      'Auth Doctor scan: 12 messages diagnosed in 10 files; 4 inputs could not be read',
      '',
      'Verdicts',
      '  Verdict    Messages  Share',
      '  FAIL              5  41.7%',
      '  ATTENTION         3  25.0%',
      '  PASS              4  33.3%',
      '  UNKNOWN           0   0.0%',
      '',
      'Trust',
      '  Trust       Messages  Share',
      '  suspicious         5  41.7%',
      '  unverified         0   0.0%',
      '  explained          0   0.0%',
      '  verified           7  58.3%',
      '',
    ]);
    expect(text).toContain('  authenticated                     7  58.3%');
    expect(text).toMatch(/\n {2}contoso\.com +authenticated +No action +4\n/);
    expect(text).toContain('Could not be read\n  File ');
    expect(text).toMatch(/\n {2}ROOT\/export\.mbox +2 {2}no header fields \(expected/);
  });

  it('gives JSON lines: a record per message or error, then the summary', async () => {
    const { io, out } = scanIo();
    expect(await runScan(['--format', 'jsonl', root], io)).toBe(0);
    const lines = out()
      .trimEnd()
      .split('\n')
      .map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(lines).toHaveLength(17);
    expect(lines[3]).toEqual({
      file: 'ROOT/binary.bin',
      error: 'ROOT/binary.bin does not look like a text header block',
    });
    expect(lines[6]).toMatchObject({ file: 'ROOT/export.mbox', index: 2, error: expect.any(String) });
    expect(lines[5]).toMatchObject({
      file: 'ROOT/export.mbox',
      index: 1,
      from: 'news@adatum.com',
      verdict: 'fail',
      trust: 'suspicious',
      findings: expect.arrayContaining([{ id: 'spf-fail', owner: 'sender-admin' }]),
    });
    expect(lines[10]).toMatchObject({
      file: 'ROOT/inbox/forwarded.eml',
      index: 1,
      attachment: 'attached message 1 of 1',
      from: 'news@adatum.com',
    });
    expect(lines[16].summary).toMatchObject({
      files: 10,
      messages: 12,
      errors: 4,
      verdicts: { fail: 5, attention: 3, pass: 4, unknown: 0 },
      trust: { suspicious: 5, unverified: 0, explained: 0, verified: 7 },
    });
  });

  it('prints the same tables in Markdown', async () => {
    const { io, out } = scanIo();
    expect(await runScan(['--format', 'markdown', root], io)).toBe(0);
    expect(out()).toContain(
      '# Auth Doctor scan: 12 messages diagnosed in 10 files; 4 inputs could not be read\n',
    );
    expect(out()).toContain(
      '## Verdicts\n\n| Verdict | Messages | Share |\n| --- | --- | --- |\n| FAIL | 5 | 41.7% |',
    );
  });

  it.each([
    [['--fail-on', 'fail'], 1],
    [['--fail-on', 'attention'], 1],
    [['--fail-on=fail', 'inbox/nested'], 0],
    [['--fail-on', 'fail', 'inbox/headers.txt'], 0],
    [['--fail-on', 'attention', 'inbox/headers.txt'], 1],
    [['binary.bin'], 0],
  ])('scan %j exits %i', async (args, code) => {
    const { io } = scanIo();
    const paths = args.filter((arg) => !arg.startsWith('-') && arg !== 'fail' && arg !== 'attention');
    const options = args.filter((arg) => !paths.includes(arg));
    expect(
      await runScan([...options, ...(paths.length > 0 ? paths.map((p) => join(root, p)) : [root])], io),
    ).toBe(code);
  });

  it('gives a record for a named directory that holds no files', async () => {
    const { io, out } = scanIo();
    expect(await runScan(['--format', 'csv', join(root, 'empty')], io)).toBe(0);
    expect(out().split('\r\n')[1]).toBe('ROOT/empty,,,,,,,,,,ROOT/empty holds no files');
  });

  it('draws no progress when standard error is not a terminal', async () => {
    const { io, err } = scanIo({ isTTY: false, clockStep: 1000 });
    expect(await runScan([root], io)).toBe(0);
    expect(err()).toBe('');
  });

  it('draws a progress line on a terminal and erases it before the summary', async () => {
    const { io, err, out } = scanIo({ isTTY: true, clockStep: 1000 });
    expect(await runScan([root], io)).toBe(0);
    const draws = err().split('\r\x1b[K');
    expect(draws[0]).toBe('');
    expect(draws[draws.length - 1]).toBe('');
    const lines = draws.filter((line) => line !== '');
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines) expect(line).toMatch(/^\[[#-]{20}\] \d+% \d+ messages \d+\/s( ETA \d+:\d\d)?$/);
    expect(lines[lines.length - 1]).toMatch(/^\[#{20}\] 100% 12 messages \d+\/s$/);
    expect(out()).not.toContain('\x1b');
  });

  it.each([
    [['--format', 'json', '.'], 'unknown --format value "json" (use text, markdown, csv or jsonl)'],
    [['--fail-on'], '--fail-on needs a value: fail or attention'],
    [['--fail-on', 'warn', '.'], 'unknown --fail-on value "warn" (use fail or attention)'],
    [['--jobs', '0', '.'], '--jobs needs a number of workers from 1 to 256'],
    [['--max-size', 'big', '.'], '--max-size needs a size: bytes, or a number with K, M or G'],
    [
      ['--max-size', '103M', '.'],
      "--max-size can be at most 102M for scan: a message can take 10 times its size of a worker's 1024 MB heap",
    ],
    [['--dns', '.'], 'unknown scan option --dns (see auth-doctor scan --help)'],
    [[], 'scan needs a DIR or FILE (see auth-doctor scan --help)'],
    [['-'], 'scan reads files and directories, not standard input (pipe into auth-doctor without scan)'],
  ])('refuses %j in one line and exits 2', async (args, message) => {
    const { io, err, out } = scanIo();
    expect(await runScan(args, io)).toBe(2);
    expect(err()).toBe(`auth-doctor: ${message}\n`);
    expect(out()).toBe('');
  });

  it('accepts a --max-size up to what a worker can hold', async () => {
    const { io, err } = scanIo();
    expect(await runScan(['--max-size', '102M', root], io)).toBe(0);
    expect(err()).toBe('');
  });

  it('prints its help', async () => {
    const { io, out } = scanIo();
    expect(await runScan(['--help'], io)).toBe(0);
    expect(out()).toMatch(/^Usage: auth-doctor scan /);
  });
});
