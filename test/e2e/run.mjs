#!/usr/bin/env node
/**
 * `npm run test:e2e`: the task pane in a real Chromium. Builds dist/ first when it is missing (the full
 * `npm test` has already built it), then runs the scenarios with Node's test runner in one process
 * (one browser for the whole run) and TAP output, whose closing "# pass N / # fail N" lines CI reads.
 * Exits non-zero on any failure.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { findBrowser } from './browser.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const repoRoot = join(here, '..', '..');
const started = Date.now();

// Without a browser (and outside CI) every test is skipped: building the pane would be wasted time.
const willRun = !findBrowser().missing || process.env.CI === 'true';
if (willRun && !process.env.E2E_DIST_DIR && !existsSync(join(repoRoot, 'dist', 'taskpane.html'))) {
  console.log('e2e: dist/taskpane.html is missing, building it first (node scripts/build.mjs)');
  const build = spawnSync(process.execPath, [join('scripts', 'build.mjs')], {
    cwd: repoRoot,
    stdio: 'inherit',
  });
  if (build.status !== 0) {
    console.error('e2e: the build failed, so the pane cannot be tested');
    process.exit(1);
  }
}

const run = spawnSync(
  process.execPath,
  ['--test', '--test-reporter=tap', ...process.argv.slice(2), join('test', 'e2e', 'pane.test.mjs')],
  { cwd: repoRoot, stdio: 'inherit' },
);
console.log(`e2e: finished in ${((Date.now() - started) / 1000).toFixed(1)} s`);
process.exit(run.status ?? 1);
