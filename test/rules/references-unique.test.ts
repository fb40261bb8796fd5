/**
 * A finding links each document once: two names for one page (DMARC_SETUP and NDR_5_7_509), or a page and
 * a section of it, are one reference.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { diagnoseHeaders } from '../../src/rules';
import { FINDINGS } from '../../src/rules/findings';
import { uniqueReferences } from '../../src/rules/findings/support';

const FIXTURES = join(__dirname, '..', 'fixtures');
const fixtureFiles = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return fixtureFiles(path);
    return /\.(eml|txt)$/.test(name) ? [path] : [];
  });

const documentOf = (url: string): string => url.split('#')[0];
const repeatedDocuments = (references: readonly string[]): string[] =>
  references.filter((url, index) => references.map(documentOf).indexOf(documentOf(url)) !== index);

test('uniqueReferences keeps the first link to each document, in order', () => {
  expect(
    uniqueReferences([
      'https://example.org/a#section',
      'https://example.org/b',
      'https://example.org/a',
      'https://example.org/b',
      'https://example.org/c',
    ]),
  ).toEqual(['https://example.org/a#section', 'https://example.org/b', 'https://example.org/c']);
});

test("no finding's meta lists a document twice (the catalogue shows these lists)", () => {
  const repeated = FINDINGS.flatMap(({ meta }) =>
    repeatedDocuments(meta.references).map((url) => `${meta.id}: ${url}`),
  );
  expect(repeated).toEqual([]);
});

test('on every fixture, each finding links each document once', () => {
  const files = fixtureFiles(FIXTURES);
  expect(files.length).toBeGreaterThan(50);
  const repeated = files.flatMap((file) =>
    diagnoseHeaders(readFileSync(file, 'utf8')).findings.flatMap((finding) =>
      repeatedDocuments(finding.references).map(
        (url) => `${file.slice(FIXTURES.length)} ${finding.id}: ${url}`,
      ),
    ),
  );
  expect(repeated).toEqual([]);
});
