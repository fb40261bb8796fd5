/**
 * Writes docs/findings.md from the finding modules and the fixtures (`npm run docs:findings`); with
 * `--check`, fails instead when the checked-in file is stale. Offline: esbuild bundles the TypeScript.
 */
import { build } from 'esbuild';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const dir = await mkdtemp(join(tmpdir(), 'findings-doc-'));
try {
  const outfile = join(dir, 'catalogue.cjs');
  await build({
    entryPoints: [join(root, 'scripts/findings-catalogue.ts')],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    logLevel: 'warning',
  });
  const { CATALOGUE_PATH, findingsCatalogue } = createRequire(import.meta.url)(outfile);
  const target = join(root, CATALOGUE_PATH);
  const fresh = findingsCatalogue(root);
  if (process.argv.includes('--check')) {
    const current = await readFile(target, 'utf8').catch(() => '');
    if (current !== fresh) {
      console.error(`${CATALOGUE_PATH} is stale: run npm run docs:findings`);
      process.exitCode = 1;
    }
  } else {
    await writeFile(target, fresh);
    console.log(`wrote ${CATALOGUE_PATH}`);
  }
} finally {
  await rm(dir, { recursive: true, force: true });
}
