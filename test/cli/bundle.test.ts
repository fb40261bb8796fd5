/**
 * The command line as users run it: bundled by scripts/build-cli.mjs (into a temporary directory, so the
 * test depends on no earlier build) and started as a process.
 */
import { spawnSync } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { renderJson } from '../../src/report';
import { catalogueSection } from '../../src/report/findings-catalogue';
import { diagnoseHeaders } from '../../src/rules';
import { buildCliBundle } from '../support/cli-bundle';
import { emlFiles } from './eml-files';

const ROOT = resolve(__dirname, '../..');
const SAMPLES = join(__dirname, 'samples');
const EXO_FILE = join(SAMPLES, 'exo-compauth-001.eml');
const GMAIL = readFileSync(join(SAMPLES, 'gmail-pass.eml'), 'utf8');

let dir: string;
let bin: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'auth-doctor-cli-'));
  bin = join(dir, 'auth-doctor.js');
  buildCliBundle(bin);
}, 60_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

function cli(args: string[], input?: string): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [bin, ...args], { input, encoding: 'utf8', cwd: dir });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('the bundled auth-doctor', () => {
  it('is an executable script with a node shebang that runs on its own', () => {
    expect(readFileSync(bin, 'utf8').startsWith('#!/usr/bin/env node\n')).toBe(true);
    expect(statSync(bin).mode & 0o111).not.toBe(0);
    const result = spawnSync(bin, ['--version'], { encoding: 'utf8' });
    const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };
    expect(result.status).toBe(0);
    expect(result.stdout).toBe(`auth-doctor ${version}\n`);
  });

  it('prints the Diagnosis of an .eml with --json and exits 0', () => {
    const result = cli(['--json', EXO_FILE]);
    expect(result.status).toBe(0);
    expect(result.stderr).toBe('');
    expect(result.stdout).toBe(`${renderJson(diagnoseHeaders(readFileSync(EXO_FILE, 'utf8')))}\n`);
  });

  it('carries the finding catalogue for --explain', () => {
    const result = cli(['--explain', 'dkim-body-hash']);
    expect(result.status).toBe(0);
    expect(result.stdout).toBe(
      catalogueSection(readFileSync(join(ROOT, 'docs/findings.md'), 'utf8'), 'dkim-body-hash'),
    );
  });

  it('reads a header block piped into standard input', () => {
    const result = cli([], GMAIL);
    expect(result.status).toBe(0);
    expect(result.stdout.startsWith('Auth Doctor: PASS\n')).toBe(true);
  });

  it.each([
    [['missing.eml'], undefined, 'auth-doctor: no such file: missing.eml'],
    [
      [SAMPLES],
      undefined,
      `auth-doctor: ${SAMPLES} is a directory, not a file (auth-doctor scan ${SAMPLES} diagnoses every message in it)`,
    ],
    [[], '', 'auth-doctor: standard input is empty'],
    [
      ['-'],
      'just a note, no headers\n',
      'auth-doctor: standard input has no header fields (expected lines like "Authentication-Results: ...")',
    ],
    [
      ['--format', 'pdf', EXO_FILE],
      undefined,
      'auth-doctor: unknown format "pdf" (use text, markdown or json)',
    ],
  ])('%j exits 2 with one line on stderr', (args, input, message) => {
    const result = cli(args, input);
    expect(result.status).toBe(2);
    expect(result.stderr).toBe(`${message}\n`);
    expect(result.stdout).toBe('');
  });

  it('diagnoses every fixture in one run: one JSON line per file, in order, then its attached originals', () => {
    const fixtures = emlFiles(join(ROOT, 'test/fixtures'));
    expect(fixtures.length).toBeGreaterThan(0);
    const result = cli(['--json', ...fixtures]);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    const lines = result.stdout
      .trimEnd()
      .split('\n')
      .map((line) => JSON.parse(line) as { file: string; attachment?: string; schema: string });
    expect(lines.filter((line) => line.attachment === undefined).map((line) => line.file)).toEqual(fixtures);
    lines.forEach((line) => expect(line.schema).toBe('auth-doctor/diagnosis@1'));
    // A bounce that returns the original (message/rfc822 or text/rfc822-headers) gives it a line of its own.
    const attached = lines.filter((line) => line.attachment !== undefined);
    expect(attached.length).toBeGreaterThan(0);
    for (const line of attached) {
      expect(line.file).toContain('/ndr/');
      expect(line.attachment).toBe('attached message 1 of 1');
    }
  });

  it.each([
    ['a file', ['/dev/zero'], '/dev/zero'],
    ['standard input', ['-'], 'standard input'],
  ])('refuses an endless %s (/dev/zero) at the 50 MB limit within seconds, exit 2', (_name, args, label) => {
    const zero = openSync('/dev/zero', 'r');
    const started = Date.now();
    const result = spawnSync(process.execPath, [bin, ...args], {
      stdio: [args[0] === '-' ? zero : 'ignore', 'pipe', 'pipe'],
      encoding: 'utf8',
      timeout: 30_000,
    });
    const elapsed = Date.now() - started;
    closeSync(zero);
    expect(result.signal).toBeNull();
    expect(result.status).toBe(2);
    expect(result.stderr).toBe(
      `auth-doctor: ${label}: input too large (the limit is 50 MB; raise it with --max-size)\n`,
    );
    expect(elapsed).toBeLessThan(15_000);
  });

  it('stops quietly when the reader closes the pipe early (| head)', () => {
    const files = Array.from({ length: 200 }, () => JSON.stringify(EXO_FILE)).join(' ');
    const result = spawnSync(
      'sh',
      ['-c', `${JSON.stringify(process.execPath)} ${JSON.stringify(bin)} ${files} | head -n 1`],
      {
        encoding: 'utf8',
      },
    );
    expect(result.stdout).toBe('==> ' + EXO_FILE + ' <==\n');
    expect(result.stderr).toBe('');
  });
});
