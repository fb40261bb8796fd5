/**
 * The manifest's Mailbox minimum stays below what reading headers needs, on purpose: the manifest, the
 * project's checks, the pane's run-time check and the README must tell the same story, and the manifest and
 * README must say why.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { HEADERS_REQUIREMENT } from '../../src/taskpane/mailbox';
import { repoRoot } from './run-module';

const manifest = readFileSync(path.join(repoRoot, 'manifest.xml'), 'utf8');
const readme = readFileSync(path.join(repoRoot, 'README.md'), 'utf8');
const checks = readFileSync(path.join(repoRoot, 'scripts/manifest/checks.mjs'), 'utf8');

/** The base manifest's Mailbox MinVersion and the comment just before it. */
function baseRequirement(): { minVersion: string; comment: string } {
  const match = /<!--((?:(?!-->)[\s\S])*)-->\s*<Set Name="Mailbox" MinVersion="([\d.]+)"\/>/.exec(manifest);
  if (!match) throw new Error('manifest.xml: no commented <Set Name="Mailbox" MinVersion="…"/>');
  return { comment: match[1].replace(/\s+/g, ' '), minVersion: match[2] };
}

const below = (a: string, b: string): boolean => {
  const [x, y] = [a, b].map((version) => version.split('.').map(Number));
  return x[0] < y[0] || (x[0] === y[0] && x[1] < y[1]);
};

test('the pane checks Mailbox 1.8 at run time, the set Microsoft documents for getAllInternetHeadersAsync', () => {
  expect(HEADERS_REQUIREMENT).toEqual({ name: 'Mailbox', minVersion: '1.8' });
});

test("the project's manifest check expects the manifest's minimum", () => {
  const { minVersion } = baseRequirement();
  expect(checks).toContain(`const MIN_MAILBOX = '${minVersion}';`);
});

test('a minimum below the headers API is explained beside it: pinning, the run-time check, the paste box', () => {
  const { minVersion, comment } = baseRequirement();
  expect(below(minVersion, HEADERS_REQUIREMENT.minVersion)).toBe(true);
  expect(comment).toContain(`Mailbox ${minVersion}`);
  expect(comment).toContain(HEADERS_REQUIREMENT.minVersion);
  expect(comment).toMatch(/pinning/);
  expect(comment).toMatch(/run time/);
  expect(comment).toMatch(/pasted headers/);
});

test('the README says why the manifest asks for less than the headers API needs', () => {
  const { minVersion } = baseRequirement();
  const paragraph = readme
    .split(/\n(?=- \*\*)|\n\n/)
    .find((part) => part.includes(`Mailbox ${minVersion}, not ${HEADERS_REQUIREMENT.minVersion}`));
  expect(paragraph).toBeDefined();
  expect(paragraph).toMatch(/pinning/);
  expect(paragraph).toMatch(/pasted headers/);
  expect(paragraph).toMatch(/outlook-api-requirement-sets/);
});
