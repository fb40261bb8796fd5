/**
 * docs/findings.md is generated (npm run docs:findings): it must match what the modules and fixtures
 * give today, and every finding id must have a fixture that shows it and a rules test that names it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FINDING_IDS } from '../../src/rules/diagnosis';
import { catalogueSection } from '../../src/report/findings-catalogue';
import { CATALOGUE_PATH, catalogueExamples, findingsCatalogue } from '../../scripts/findings-catalogue';

const ROOT = join(__dirname, '..', '..');
const checkedIn = readFileSync(join(ROOT, CATALOGUE_PATH), 'utf8');

describe('finding catalogue', () => {
  it('is up to date (regenerate with npm run docs:findings)', () => {
    expect(checkedIn === findingsCatalogue(ROOT)).toBe(true);
  });

  it('shows every id on a real fixture', () => {
    const examples = catalogueExamples(ROOT);
    expect(FINDING_IDS.filter((id) => !examples.has(id))).toEqual([]);
    for (const id of FINDING_IDS)
      expect(catalogueSection(checkedIn, id)).toContain('**Example:** `test/fixtures/');
  });

  it('has a rules test naming every id', () => {
    const dir = join(ROOT, 'test', 'rules');
    const tests = readdirSync(dir)
      .filter((name) => name.endsWith('.test.ts'))
      .map((name) => readFileSync(join(dir, name), 'utf8'))
      .join('\n');
    expect(FINDING_IDS.filter((id) => !tests.includes(`'${id}'`))).toEqual([]);
  });

  it('gives one section per id, and none for an unknown id', () => {
    for (const id of FINDING_IDS) {
      const section = catalogueSection(checkedIn, id);
      expect(section?.startsWith(`## ${id}\n`)).toBe(true);
      expect(section?.match(/^## /gm)).toHaveLength(1);
    }
    expect(catalogueSection(checkedIn, 'no-such-finding')).toBeNull();
  });
});
