/**
 * dist/ as `npm run build` writes it (`npm test` builds before jest; `npm run test:unit` alone does not).
 * The suites that read the build use `describeBuilt`: without dist/ each fails once, saying to build first,
 * and the global set-up prints the same line once for the run.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';

export const DIST = join(__dirname, '..', '..', 'dist');

/** What `npm run build` writes that the suites read. */
const BUILT_FILES = ['taskpane.html', 'manifest.xml', 'manifest.json'];

export const distBuilt: boolean = BUILT_FILES.every((file) => existsSync(join(DIST, file)));

export const DIST_MISSING_LINE = `dist/ is not built (${BUILT_FILES.join(', ')}): run \`npm run build\` first; \`npm test\` does it.`;

/** `describe` when dist/ is built; otherwise one failing test that says to build first. */
export function describeBuilt(name: string, body: () => void): void {
  if (distBuilt) describe(name, body);
  else
    it(name, () => {
      // The message alone: a stack into this helper would only hide it.
      const missing = new Error(DIST_MISSING_LINE);
      missing.stack = DIST_MISSING_LINE;
      throw missing;
    });
}
