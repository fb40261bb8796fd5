/** Bundles src/cli into one file that plain `node` runs (dist/cli/auth-doctor.js, the package's `bin`). */
import { build } from 'esbuild';
import { chmod } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

export const CLI_OUTFILE = 'dist/cli/auth-doctor.js';

/**
 * `outfile` lets the CLI tests bundle into a temporary directory instead of dist/. The version is read
 * from package.json at build time: esbuild inlines the JSON import (only the `version` field).
 */
export async function buildCli({ outfile = CLI_OUTFILE } = {}) {
  await build({
    // Resolved from this file so the build works from any working directory.
    entryPoints: [fileURLToPath(new URL('../src/cli/main.ts', import.meta.url))],
    outfile,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    banner: { js: '#!/usr/bin/env node' },
    // docs/findings.md, for --explain.
    loader: { '.md': 'text' },
    logLevel: 'warning',
  });
  await chmod(outfile, 0o755);
}
