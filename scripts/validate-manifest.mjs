#!/usr/bin/env node
/**
 * `npm run validate`: checks the manifests.
 * 1. manifest.xml: the project's offline checks (scripts/manifest/checks.mjs), its assets read from assets/.
 * 2. The unified manifest.json generated from it (into a temporary folder): `office-addin-manifest validate`,
 *    a JSON-schema check against the schema bundled with the tool, so it works offline.
 * 3. If dist/ holds a build: the same checks on dist/manifest.xml and dist/manifest.json, every referenced file
 *    read from dist/ (so the pane page must be there too).
 * 4. `office-addin-manifest validate manifest.xml`: Microsoft's online validation service. Without network it
 *    reports "skipped: offline" instead of failing: the offline checks above still decide the exit code.
 * Exit code 0 when every check that ran passed, 1 otherwise.
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildManifests } from './build-manifest.mjs';
import { checkManifest } from './manifest/checks.mjs';

const require = createRequire(import.meta.url);
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dist = path.join(root, 'dist');
const manifestCli = require.resolve('office-addin-manifest/cli.js');

let failed = false;
/** ok: true = passed, false = failed, a string = not run, saying why. */
const report = (ok, name, details = []) => {
  if (ok === false) failed = true;
  const mark = ok === true ? 'ok  ' : ok === false ? 'FAIL' : `skipped: ${ok}`;
  console.log(`  ${mark}  ${name}`);
  for (const line of details) console.log(`        ${line}`);
};

/** A reader for checkManifest over a folder; `covers` limits it to the files that folder is meant to hold. */
const folderReader =
  (folder, covers = () => true) =>
  (relativePath) => {
    if (!covers(relativePath)) return undefined;
    const file = path.join(folder, relativePath);
    return existsSync(file) ? readFileSync(file) : null;
  };

function runChecks(title, xmlPath, readFile, hint = '') {
  console.log(`${title} (${path.relative(root, xmlPath)}):`);
  for (const { name, problems } of checkManifest(readFileSync(xmlPath, 'utf8'), { readFile })) {
    report(problems.length === 0, name, problems.length && hint ? [...problems, hint] : problems);
  }
}

/** Runs `office-addin-manifest validate <file>`; resolves with its exit code and combined output. */
function officeValidate(file) {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [manifestCli, 'validate', file],
      { timeout: 60_000 },
      (error, stdout, stderr) => {
        resolve({
          code: error ? (typeof error.code === 'number' ? error.code : 1) : 0,
          output: `${stdout}${stderr}`.trim(),
        });
      },
    );
  });
}
const lines = (text) => text.split('\n').filter((line) => line.trim());

async function schemaCheck(jsonPath, label) {
  const { code, output } = await officeValidate(jsonPath);
  report(
    code === 0,
    `office-addin-manifest validate ${label} (JSON schema, offline)`,
    code === 0 ? [] : lines(output),
  );
}

// 1 and 2: the source manifest. Pages other than assets/ are built by webpack: checked in dist/ (step 3).
runChecks(
  'Source manifest, offline checks',
  path.join(root, 'manifest.xml'),
  folderReader(root, (file) => file.startsWith('assets/')),
);
const work = mkdtempSync(path.join(tmpdir(), 'auth-doctor-validate-'));
try {
  const { jsonPath } = await buildManifests({ outDir: work, quiet: true });
  console.log('Unified manifest generated from it (in a temporary folder):');
  await schemaCheck(jsonPath, 'manifest.json');
} finally {
  rmSync(work, { recursive: true, force: true });
}

// 3: the build, whatever hosting URL it was made for.
if (existsSync(path.join(dist, 'manifest.xml'))) {
  const stale = 'dist/ is incomplete: run npm run build';
  runChecks('Built manifest, offline checks', path.join(dist, 'manifest.xml'), folderReader(dist), stale);
  if (existsSync(path.join(dist, 'manifest.json')))
    await schemaCheck(path.join(dist, 'manifest.json'), 'dist/manifest.json');
} else {
  console.log('Built manifest: skipped (no dist/manifest.xml; run npm run build to check the build too)');
}

// 4: Microsoft's online validator, when reachable.
console.log("Microsoft's validation service:");
const online = await officeValidate(path.join(root, 'manifest.xml'));
if (/Unable to contact the manifest validation service/i.test(online.output)) {
  report(
    'offline',
    'office-addin-manifest validate manifest.xml (validationgateway.omex.office.net unreachable)',
  );
} else {
  report(online.code === 0, 'office-addin-manifest validate manifest.xml (online)', lines(online.output));
}

console.log(failed ? 'validate: FAILED' : 'validate: all checks passed');
process.exitCode = failed ? 1 : 0;
