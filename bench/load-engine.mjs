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

/**
 * Writes the bundle of `entry` to `outfile` (an .mjs path). `external` packages stay imports of the bundle
 * (CommonJS-only packages that an ES module bundle cannot inline); `define` replaces globals at build time.
 */
export async function bundleTo(
  outfile,
  { entry = ENGINE_ENTRY, minify = true, external = [], define = {} } = {},
) {
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
    external,
    define,
    logLevel: 'error',
  });
  return outfile;
}

/**
 * Bundles `entry` into a temporary directory, imports it and removes the directory. The directory sits in
 * bench/ (not the system temp folder) when there are `external` packages, so their imports resolve to
 * node_modules.
 */
export async function loadBundle(entry = ENGINE_ENTRY, { minify = true, external = [], define = {} } = {}) {
  const dir = mkdtempSync(join(external.length > 0 ? HERE : tmpdir(), '.bundle-'));
  try {
    const outfile = await bundleTo(join(dir, 'bundle.mjs'), { entry, minify, external, define });
    return await import(pathToFileURL(outfile).href);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
