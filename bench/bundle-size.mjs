/**
 * Task pane sizes from the production build in dist/: every JS and CSS chunk raw and gzip (level 9, what a
 * static host serves), and which of them load before the first diagnosis.
 *
 * "Initial" = the local scripts and stylesheets dist/taskpane.html references (the entry chunk and what
 * html-webpack-plugin injected for it). Everything else is a lazy chunk, fetched by a dynamic import()
 * (samples, raw view, hops, report export …). Office.js comes from Microsoft's CDN and is not ours to count.
 */
import { readdirSync, readFileSync, statSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** Local script and stylesheet URLs of an HTML page (absolute http(s) URLs are external). */
export function initialAssets(html) {
  const refs = [];
  for (const m of html.matchAll(/<script\b[^>]*?\bsrc=["']?([^"' >]+)/gi)) refs.push(m[1]);
  for (const m of html.matchAll(/<link\b[^>]*?\bhref=["']?([^"' >]+)[^>]*>/gi)) {
    if (/\brel=["']?stylesheet/i.test(m[0])) refs.push(m[1]);
  }
  return refs.filter((ref) => !/^(https?:)?\/\//i.test(ref)).map((ref) => ref.replace(/^\.?\//, ''));
}

export function measureBundle(distDir) {
  const htmlPath = join(distDir, 'taskpane.html');
  if (!existsSync(htmlPath)) throw new Error(`${htmlPath} is missing: run npm run build`);
  const html = readFileSync(htmlPath, 'utf8');
  const initial = new Set(initialAssets(html));
  const chunks = readdirSync(distDir)
    .filter((name) => /\.(js|css)$/.test(name) && statSync(join(distDir, name)).isFile())
    .map((name) => {
      const bytes = readFileSync(join(distDir, name));
      return {
        file: name,
        kind: name.endsWith('.css') ? 'css' : 'js',
        initial: initial.has(name),
        rawBytes: bytes.length,
        gzipBytes: gzipSync(bytes, { level: 9 }).length,
      };
    })
    .sort((a, b) => Number(b.initial) - Number(a.initial) || b.gzipBytes - a.gzipBytes);
  const missing = [...initial].filter((ref) => !chunks.some((c) => c.file === ref));
  const sum = (list, key) => list.reduce((total, c) => total + c[key], 0);
  const first = chunks.filter((c) => c.initial);
  return {
    chunks,
    missing,
    initialRawBytes: sum(first, 'rawBytes'),
    initialGzipBytes: sum(first, 'gzipBytes'),
    lazyGzipBytes: sum(
      chunks.filter((c) => !c.initial),
      'gzipBytes',
    ),
    htmlGzipBytes: gzipSync(Buffer.from(html), { level: 9 }).length,
  };
}
