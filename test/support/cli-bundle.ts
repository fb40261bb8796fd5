/**
 * The CLI bundled by scripts/build-cli.mjs into a file of the test's choosing (a temporary directory), so
 * a suite that runs the bundle depends on no earlier build. The script is an ES module: a child node
 * imports it, as jest's CommonJS sources cannot.
 */
import { execFileSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const ROOT = resolve(__dirname, '../..');

export function buildCliBundle(outfile: string): void {
  const script = pathToFileURL(join(ROOT, 'scripts/build-cli.mjs')).href;
  execFileSync(
    process.execPath,
    [
      '--input-type=module',
      '-e',
      `const m = await import(${JSON.stringify(script)}); await m.buildCli({ outfile: ${JSON.stringify(outfile)} });`,
    ],
    { cwd: ROOT, stdio: 'pipe' },
  );
}
