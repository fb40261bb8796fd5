/**
 * The folder scan's throughput and memory: generates a tree of messages (header blocks from
 * test/fixtures, varied), half as .eml files in nested folders and half in mbox files, runs the built CLI's
 * `auth-doctor scan --format csv` on it with one worker per core, and measures:
 * - messages per second per core = messages ÷ wall time ÷ workers (the whole run: listing, reading,
 *   splitting, diagnosing, writing the CSV), which the other processes of a busy machine lower;
 * - messages per CPU second = messages ÷ the process's CPU time (all its threads): the same figure as
 *   one core would give alone, which a busy machine barely moves, so the target applies to it;
 * - peak memory = the process's peak resident set size (getrusage maxrss, via ./peak-rss.cjs loaded with
 *   --require). Worker threads live in that process, so their memory is in it.
 * Used by ./run.mjs; alone: node bench/scan.mjs [--messages N] [--jobs N].
 */
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath, pathToFileURL } from 'node:url';

const HERE = fileURLToPath(new URL('.', import.meta.url));
const ROOT = join(HERE, '..');
const FIXTURES = join(ROOT, 'test/fixtures');

export const SCAN_MESSAGES = 100_000;
const FILES_PER_FOLDER = 1000;
const MESSAGES_PER_MBOX = 5000;

function emlFixtures(dir = FIXTURES) {
  return readdirSync(dir, { withFileTypes: true })
    .sort((a, b) => (a.name < b.name ? -1 : 1))
    .flatMap((entry) => {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) return emlFixtures(path);
      return entry.name.endsWith('.eml') ? [readFileSync(path, 'latin1')] : [];
    });
}

/**
 * Message `n`: fixture n mod count, with its own Message-ID and the last byte of its documentation-range
 * IPv4 addresses changed, so no two messages are the same bytes while each keeps its fixture's meaning.
 */
function variant(fixtures, n) {
  const octet = (n % 250) + 1;
  return fixtures[n % fixtures.length]
    .replace(/^(Message-ID:[ \t]*<)[^>\r\n]*/im, `$1bench-${n}@scan.example`)
    .replace(/\b(192\.0\.2|198\.51\.100|203\.0\.113)\.\d{1,3}\b/g, `$1.${octet}`);
}

/** An mbox entry: postmark line, then the message with its body lines starting "From " quoted. */
function mboxEntry(text) {
  const body = text.replace(/^From .*\r?\n/, '').replace(/^From /gm, '>From ');
  return `From MAILER-DAEMON Mon Dec  1 00:00:00 2026\n${body}${body.endsWith('\n') ? '' : '\n'}\n`;
}

/** Writes `messages` messages under `dir`: half as files, half in mbox files. Returns the bytes written. */
export function generateTree(dir, messages) {
  const fixtures = emlFixtures();
  const asFiles = Math.floor(messages / 2);
  let bytes = 0;
  const made = new Set();
  for (let n = 0; n < asFiles; n++) {
    const folder = join(dir, 'files', `f${Math.floor(n / FILES_PER_FOLDER)}`, n % 3 === 0 ? 'deep' : '');
    if (!made.has(folder)) mkdirSync(folder, { recursive: true });
    made.add(folder);
    const text = variant(fixtures, n);
    writeFileSync(join(folder, `m${n}.eml`), text, 'latin1');
    bytes += text.length;
  }
  mkdirSync(join(dir, 'mbox'), { recursive: true });
  for (let start = asFiles; start < messages; start += MESSAGES_PER_MBOX) {
    const parts = [];
    for (let n = start; n < Math.min(messages, start + MESSAGES_PER_MBOX); n++)
      parts.push(mboxEntry(variant(fixtures, n)));
    const text = parts.join('');
    writeFileSync(join(dir, 'mbox', `export-${start}.mbox`), text, 'latin1');
    bytes += text.length;
  }
  return bytes;
}

/**
 * Runs the CLI's scan; resolves to its CSV row counts (all, and the generated messages themselves: a
 * bounce fixture's returned original is a row of its own, with its `attachment` cell set), wall time and
 * peak RSS.
 */
function runScan(bin, dir, jobs) {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(
      process.execPath,
      ['--require', join(HERE, 'peak-rss.cjs'), bin, 'scan', '--format', 'csv', '--jobs', String(jobs), dir],
      { stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let rows = -1; // the header line
    let attachedRows = 0;
    let errors = 0;
    let tail = '';
    let stderr = '';
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (text) => {
      const lines = (tail + text).split('\n');
      tail = lines.pop();
      rows += lines.length;
      // An error row has its error in the last column: the bench's messages must all be read.
      for (const line of lines) {
        if (!line.endsWith(',\r')) errors++;
        // file,index,attachment,…: the generated paths hold no comma, so the third cell is the attachment.
        if (line.split(',', 3)[2]) attachedRows++;
      }
    });
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (text) => (stderr += text));
    child.on('error', reject);
    child.on('close', (code) => {
      const wallMs = performance.now() - started;
      const usage = /peak-rss-kb=(\d+) cpu-us=(\d+)/.exec(stderr);
      if (code !== 0 || !usage) reject(new Error(`scan exited ${code}: ${stderr}`));
      else
        resolve({
          rows,
          ownRows: rows - (attachedRows - 1), // the header's third cell is "attachment"
          errorRows: errors - 1,
          wallMs,
          cpuMs: Number(usage[2]) / 1000,
          peakRssMB: Number(usage[1]) / 1024,
        });
    });
  });
}

/** Builds the CLI, generates the tree, scans it; the figures ./run.mjs prints and checks. */
export async function scanBench({ messages = SCAN_MESSAGES, jobs = availableParallelism() } = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'auth-doctor-scan-bench-'));
  try {
    const bin = join(dir, 'auth-doctor.js');
    const { buildCli } = await import(pathToFileURL(join(ROOT, 'scripts/build-cli.mjs')).href);
    await buildCli({ outfile: bin });
    const tree = join(dir, 'tree');
    const t0 = performance.now();
    const bytes = generateTree(tree, messages);
    const generateMs = performance.now() - t0;
    const files = countFiles(tree);
    const run = await runScan(bin, tree, jobs);
    const seconds = run.wallMs / 1000;
    return {
      messages,
      files,
      inputMB: bytes / 1024 / 1024,
      jobs,
      generateMs,
      ...run,
      messagesPerSecond: run.rows / seconds,
      messagesPerSecondPerCore: run.rows / seconds / jobs,
      messagesPerCpuSecond: run.rows / (run.cpuMs / 1000),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function countFiles(dir) {
  return readdirSync(dir, { recursive: true }).filter((name) => statSync(join(dir, name)).isFile()).length;
}

if (process.argv[1] && relative(process.argv[1], fileURLToPath(import.meta.url)) === '') {
  const args = process.argv.slice(2);
  const option = (name) => (args.includes(name) ? Number(args[args.indexOf(name) + 1]) : undefined);
  console.log(
    JSON.stringify(await scanBench({ messages: option('--messages'), jobs: option('--jobs') }), null, 2),
  );
}
