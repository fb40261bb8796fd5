/**
 * Writes the manifests into dist/:
 * - dist/manifest.xml: manifest.xml with every https://localhost:3000/ URL replaced by the hosting URL
 *   (nothing else changes); without a hosting URL, the dev manifest as is;
 * - dist/manifest.json: the unified Microsoft 365 app manifest generated from dist/manifest.xml;
 * - dist/color.png, dist/outline.png: the icons manifest.json names;
 * - dist/manifest.zip: the app package (manifest.json + those icons) that the Microsoft 365 admin centre and
 *   "Upload custom apps" take for a unified manifest.
 * When `npm start` can only serve plain http it also writes HTTP_STANDALONE_MANIFEST (buildHttpStandaloneManifest).
 */
import { copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { DEV_BASE_URL, normaliseAddinUrl, rewriteManifestUrls } from './manifest/urls.mjs';
import { completeUnifiedManifest, convertXmlManifest, UNIFIED_ICONS } from './manifest/unified.mjs';
import { silently } from './manifest/silently.mjs';

const require = createRequire(import.meta.url);
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/**
 * @param {{ addinUrl?: string | null, outDir?: string, quiet?: boolean }} [options]
 *   addinUrl: the https URL the task pane is served from (dist/ uploaded there); omitted = dev server.
 * @returns {Promise<{ base: string, xmlPath: string, jsonPath: string, packagePath: string }>}
 */
export async function buildManifests({
  addinUrl = null,
  outDir = path.join(root, 'dist'),
  quiet = false,
} = {}) {
  const base = addinUrl ? normaliseAddinUrl(addinUrl) : DEV_BASE_URL;
  mkdirSync(outDir, { recursive: true });

  const xmlPath = path.join(outDir, 'manifest.xml');
  writeFileSync(xmlPath, rewriteManifestUrls(readFileSync(path.join(root, 'manifest.xml'), 'utf8'), base));

  const jsonPath = path.join(outDir, 'manifest.json');
  const unified = completeUnifiedManifest(await convertXmlManifest(xmlPath));
  writeFileSync(jsonPath, `${JSON.stringify(unified, null, 2)}\n`);
  for (const file of Object.values(UNIFIED_ICONS))
    copyFileSync(path.join(root, 'assets', file), path.join(outDir, file));

  const packagePath = path.join(outDir, 'manifest.zip');
  const { exportMetadataPackage } = require('office-addin-manifest');
  await silently(() => exportMetadataPackage(packagePath, jsonPath));

  if (!quiet) {
    console.log(
      `manifest: ${path.relative(process.cwd(), xmlPath)}, ${path.relative(process.cwd(), jsonPath)} and ` +
        `${path.relative(process.cwd(), packagePath)} for ${base}`,
    );
  }
  return { base, xmlPath, jsonPath, packagePath };
}

/** Named so that nobody mistakes it for the manifest to sideload. */
const HTTP_STANDALONE_MANIFEST = 'manifest.http-standalone-only.not-for-sideloading.xml';

/**
 * The dev manifest with http://localhost:3000/ URLs: it matches the http fallback server, so it describes
 * what that server serves (the standalone page), but Outlook refuses http add-ins, so it is never the one to
 * sideload. Written when `write`, otherwise removed so an old copy does not outlive the fallback.
 * @returns {string} its path
 */
export function buildHttpStandaloneManifest({ write, outDir = path.join(root, 'dist') }) {
  const file = path.join(outDir, HTTP_STANDALONE_MANIFEST);
  if (!write) {
    rmSync(file, { force: true });
    return file;
  }
  const httpBase = DEV_BASE_URL.replace(/^https:/, 'http:');
  mkdirSync(outDir, { recursive: true });
  writeFileSync(file, rewriteManifestUrls(readFileSync(path.join(root, 'manifest.xml'), 'utf8'), httpBase));
  return file;
}
