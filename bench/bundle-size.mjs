/**
 * Task pane sizes from the production build in dist/: every JS and CSS chunk raw and gzip (level 9, what a
 * static host serves), and when each loads. dist/taskpane.html says it:
 *
 * - "initial": the local scripts and stylesheets it references (the entry chunk: the first view, which
 *   starts Office.onReady and the headers request and draws the verdict without React).
 * - "preload": the local scripts it preloads (<link rel="preload" as="script">): the engine chunk, fetched
 *   with the entry and run as soon as the entry asks for it, while Office.js loads.
 *   The first verdict waits for both, so initial + preload is what arrives before it: the first-load budget.
 * - "lazy": everything else, fetched by a dynamic import() when needed: the React pane (loaded once the
 *   first view shows the verdict), samples, raw view, hops, report … The e2e suite's scenario 18 holds all
 *   of them back and still sees the verdict, so none of them is needed before it.
 *
 * Office.js comes from Microsoft's CDN and is not ours to count.
 */
import { readdirSync, readFileSync, statSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const isLocal = (ref) => !/^(https?:)?\/\//i.test(ref);
const fileOf = (ref) => ref.replace(/^\.?\//, '');

/** Attribute `name` of one start tag, or null. */
function attribute(tag, name) {
  const m = new RegExp(`\\s${name}=(?:"([^"]*)"|'([^']*)'|([^\\s"'>]+))`, 'i').exec(tag);
  return m ? (m[1] ?? m[2] ?? m[3]) : null;
}

/** Local script and stylesheet files an HTML page runs or applies on load (absolute http(s) URLs are external). */
export function initialAssets(html) {
  const refs = [];
  for (const [tag] of html.matchAll(/<script\b[^>]*>/gi)) refs.push(attribute(tag, 'src'));
  for (const [tag] of html.matchAll(/<link\b[^>]*>/gi)) {
    if (/^stylesheet$/i.test(attribute(tag, 'rel') ?? '')) refs.push(attribute(tag, 'href'));
  }
  return refs.filter((ref) => ref && isLocal(ref)).map(fileOf);
}

/** Local script files an HTML page preloads (<link rel="preload" as="script">). */
export function preloadedScripts(html) {
  const refs = [];
  for (const [tag] of html.matchAll(/<link\b[^>]*>/gi)) {
    const rel = attribute(tag, 'rel') ?? '';
    if (/^preload$/i.test(rel) && /^script$/i.test(attribute(tag, 'as') ?? ''))
      refs.push(attribute(tag, 'href'));
  }
  return refs.filter((ref) => ref && isLocal(ref)).map(fileOf);
}

export function measureBundle(distDir) {
  const htmlPath = join(distDir, 'taskpane.html');
  if (!existsSync(htmlPath)) throw new Error(`${htmlPath} is missing: run npm run build`);
  const html = readFileSync(htmlPath, 'utf8');
  const initial = new Set(initialAssets(html));
  const preload = new Set(preloadedScripts(html));
  const loadsOf = (name) => (initial.has(name) ? 'initial' : preload.has(name) ? 'preload' : 'lazy');
  const order = { initial: 0, preload: 1, lazy: 2 };
  const chunks = readdirSync(distDir)
    .filter((name) => /\.(js|css)$/.test(name) && statSync(join(distDir, name)).isFile())
    .map((name) => {
      const bytes = readFileSync(join(distDir, name));
      return {
        file: name,
        kind: name.endsWith('.css') ? 'css' : 'js',
        loads: loadsOf(name),
        rawBytes: bytes.length,
        gzipBytes: gzipSync(bytes, { level: 9 }).length,
      };
    })
    .sort((a, b) => order[a.loads] - order[b.loads] || b.gzipBytes - a.gzipBytes);
  const missing = [...initial, ...preload].filter((ref) => !chunks.some((c) => c.file === ref));
  const sum = (loads, key) =>
    chunks.filter((c) => loads.includes(c.loads)).reduce((total, c) => total + c[key], 0);
  return {
    chunks,
    missing,
    initialRawBytes: sum(['initial'], 'rawBytes'),
    initialGzipBytes: sum(['initial'], 'gzipBytes'),
    preloadGzipBytes: sum(['preload'], 'gzipBytes'),
    firstDiagnosisGzipBytes: sum(['initial', 'preload'], 'gzipBytes'),
    lazyGzipBytes: sum(['lazy'], 'gzipBytes'),
    htmlGzipBytes: gzipSync(Buffer.from(html), { level: 9 }).length,
  };
}
