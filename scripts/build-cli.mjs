/** Bundles src/cli into one file that plain `node` runs (dist/cli/auth-doctor.js, the package's `bin`). */
import { build } from 'esbuild';
import { chmod } from 'node:fs/promises';

export const CLI_OUTFILE = 'dist/cli/auth-doctor.js';

export async function buildCli() {
  await build({
    entryPoints: ['src/cli/main.ts'],
    outfile: CLI_OUTFILE,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    banner: { js: '#!/usr/bin/env node' },
    logLevel: 'warning',
  });
  await chmod(CLI_OUTFILE, 0o755);
}
