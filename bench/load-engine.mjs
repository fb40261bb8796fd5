/**
 * Bundles a TypeScript entry point (default: ./engine-entry.ts) with esbuild into an ES module and imports
 * it. Production-like settings by default (minified, ES2020 like the pane's target) so the timings are
 * those of the shipped code, not of a transpile-only test build.
 */
import { build } from 'esbuild';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const HERE = fileURLToPath(new URL('.', import.meta.url));
export const ENGINE_ENTRY = join(HERE, 'engine-entry.ts');

/** Writes the bundle of `entry` to `outfile` (an .mjs path). */
export async function bundleTo(outfile, { entry = ENGINE_ENTRY, minify = true } = {}) {
  await build({
    entryPoints: [entry],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'es2020',
    minify,
    // Unminified bundles (profiling) keep the TypeScript names and lines.
    sourcemap: minify ? false : 'inline',
    outfile,
    logLevel: 'error',
  });
  return outfile;
}

/** Bundles `entry` into a temporary directory, imports it and removes the directory. */
export async function loadBundle(entry = ENGINE_ENTRY, { minify = true } = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'auth-doctor-bench-'));
  try {
    const outfile = await bundleTo(join(dir, 'bundle.mjs'), { entry, minify });
    return await import(pathToFileURL(outfile).href);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
