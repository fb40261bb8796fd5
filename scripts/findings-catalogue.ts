/**
 * Builds docs/findings.md: for each finding id, the fixture of test/fixtures that shows it best (the one
 * whose expectation requires it with the fewest other findings, then by path) run through the engine.
 * Used by scripts/findings-doc.mjs (writes the file) and by the jest test that fails when it is stale.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { diagnoseHeaders } from '../src/rules';
import type { FindingId } from '../src/rules/diagnosis';
import { renderFindingsCatalogue, type CatalogueExample } from '../src/report/findings-catalogue';

export const CATALOGUE_PATH = 'docs/findings.md';

interface Expectation {
  findings: { include: string[] };
}

function emlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((entry) => {
      const path = join(dir, entry.name);
      return entry.isDirectory() ? emlFiles(path) : entry.name.endsWith('.eml') ? [path] : [];
    })
    .sort();
}

/** The example fixture of every id that some fixture requires and produces. */
export function catalogueExamples(root: string): Map<FindingId, CatalogueExample> {
  const candidates = emlFiles(join(root, 'test/fixtures')).map((file) => {
    const expectation = JSON.parse(
      readFileSync(file.replace(/\.eml$/, '.expect.json'), 'utf8'),
    ) as Expectation;
    return { file, include: expectation.findings.include };
  });
  candidates.sort((a, b) => a.include.length - b.include.length || (a.file < b.file ? -1 : 1));
  const examples = new Map<FindingId, CatalogueExample>();
  for (const { file, include } of candidates) {
    const wanted = include.filter((id) => !examples.has(id as FindingId));
    if (wanted.length === 0) continue;
    const diagnosis = diagnoseHeaders(readFileSync(file, 'utf8'));
    for (const finding of diagnosis.findings) {
      if (!wanted.includes(finding.id)) continue;
      examples.set(finding.id, {
        fixture: relative(root, file).split('\\').join('/'),
        evidence: finding.evidence,
        fixSteps: finding.fixSteps,
      });
    }
  }
  return examples;
}

export function findingsCatalogue(root: string): string {
  return renderFindingsCatalogue(catalogueExamples(root));
}
