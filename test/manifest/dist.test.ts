/**
 * dist/ (written by `npm run build`, which `npm test` runs before jest) holds every file the built manifests
 * make a client load, so uploading dist/ is enough. Without dist/ this fails once, saying how to make it.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { DIST as dist, describeBuilt } from '../support/built-dist';
import { repoRoot, runModule, script } from './run-module';

interface DistReport {
  base: string;
  referenced: string[];
  missing: string[];
  problems: string[];
}

describeBuilt('dist/ as built', () => {
  test('dist/ contains every file dist/manifest.xml references, icons at their stated sizes', () => {
    const report = runModule<DistReport>(`
      const { existsSync, readFileSync } = await import('node:fs');
      const path = await import('node:path');
      const checks = await import(${script('scripts/manifest/checks.mjs')});
      const dist = ${JSON.stringify(dist)};
      const text = readFileSync(path.join(dist, 'manifest.xml'), 'utf8');
      const officeApp = checks.parseManifest(text);
      const readFile = (relative) => (existsSync(path.join(dist, relative)) ? readFileSync(path.join(dist, relative)) : null);
      const referenced = checks.referencedFiles(officeApp);
      result = {
        base: checks.manifestBase(officeApp),
        referenced,
        missing: referenced.filter((file) => readFile(file) === null),
        problems: checks.checkManifest(text, { readFile }).flatMap((check) => check.problems),
      };
    `);
    expect(report.referenced).toEqual(
      expect.arrayContaining(['taskpane.html', 'assets/icon-16.png', 'assets/support.html']),
    );
    expect(report.missing).toEqual([]);
    expect(report.problems).toEqual([]);
  });

  test('dist/ contains every file dist/manifest.json references (URLs under the hosting URL and package icons)', () => {
    const manifest = JSON.parse(readFileSync(path.join(dist, 'manifest.json'), 'utf8'));
    const page: string = manifest.extensions[0].runtimes[0].code.page;
    expect(page).toMatch(/\/taskpane\.html$/);
    const base = page.slice(0, -'taskpane.html'.length);
    const urls = (JSON.stringify(manifest).match(/https:\/\/[^"]+/g) ?? []).filter((url) =>
      url.startsWith(base),
    );
    const files = [...new Set(urls.map((url) => url.slice(base.length).replace(/[?#].*$/, '')))];
    files.push(manifest.icons.color, manifest.icons.outline);
    expect(files.filter((file) => !existsSync(path.join(dist, file)))).toEqual([]);
    expect(files).toEqual(
      expect.arrayContaining(['taskpane.html', 'assets/icon-80.png', 'color.png', 'outline.png']),
    );
  });

  test("README's hosting CSP header is the built page's own CSP plus frame-ancestors for Outlook", () => {
    const page = readFileSync(path.join(dist, 'taskpane.html'), 'utf8');
    const meta = /http-equiv="?Content-Security-Policy"?\s+content="([^"]+)"/.exec(page);
    if (!meta) throw new Error('dist/taskpane.html has no Content-Security-Policy meta tag');
    const readme = readFileSync(path.join(repoRoot, 'README.md'), 'utf8');
    const header = /^Content-Security-Policy: (.+)$/m.exec(readme);
    if (!header) throw new Error('README.md shows no Content-Security-Policy header');
    const [pagePolicy, frameAncestors] = header[1].split(/; (?=frame-ancestors )/);
    expect(pagePolicy).toBe(meta[1]);
    expect(frameAncestors.split(' ')).toEqual(
      expect.arrayContaining(['frame-ancestors', 'https://*.office.com', 'https://outlook.live.com']),
    );
  });

  test('the scripts the first verdict runs start with the compile hint, and only they', () => {
    const page = readFileSync(path.join(dist, 'taskpane.html'), 'utf8');
    // The entry script and the engine files the page preloads; Office.js is Microsoft's, from its CDN.
    const firstScripts = [...page.matchAll(/<(?:script[^>]*\ssrc|link[^>]*\shref)=([\w.-]+\.js)\b/g)].map(
      (m) => m[1],
    );
    expect(firstScripts).toEqual(
      expect.arrayContaining([expect.stringMatching(/^taskpane\./), expect.stringMatching(/^engine\./)]),
    );
    const hinted = (file: string) =>
      readFileSync(path.join(dist, file), 'utf8').startsWith('//# allFunctionsCalledOnLoad\n');
    expect(firstScripts.filter((file) => !hinted(file))).toEqual([]);
    // The lazy chunks (the React pane among them) are compiled as usual, when and if they run.
    const lazy = readdirSync(dist).filter((file) => file.endsWith('.js') && !firstScripts.includes(file));
    expect(lazy).toEqual(expect.arrayContaining([expect.stringMatching(/^app\./)]));
    expect(lazy.filter(hinted)).toEqual([]);
  });
});
