/**
 * The offline manifest checks (scripts/manifest/checks.mjs): they pass on manifest.xml, and each one catches
 * the fault it exists for (a check that cannot fail proves nothing).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { repoRoot, runModule, script } from './run-module';

interface CheckResult {
  name: string;
  problems: string[];
}

interface Files {
  /** Folder the hosting URL maps to. */
  folder: string;
  /** Only paths with this prefix are visible (others: "cannot see", not "missing"). */
  only?: string;
  /** Serve another file's bytes for a path (e.g. a 32 px icon where the manifest says 16). */
  substitute?: Record<string, string>;
}

const sourceXml = readFileSync(path.join(repoRoot, 'manifest.xml'), 'utf8');
const repoAssets: Files = { folder: repoRoot, only: 'assets/' };

function check(xml: string, files: Files = repoAssets): CheckResult[] {
  return runModule<CheckResult[]>(`
    const { existsSync, readFileSync } = await import('node:fs');
    const path = await import('node:path');
    const { checkManifest } = await import(${script('scripts/manifest/checks.mjs')});
    const files = ${JSON.stringify(files)};
    const readFile = (relative) => {
      if (files.only && !relative.startsWith(files.only)) return undefined;
      const file = path.join(files.folder, files.substitute?.[relative] ?? relative);
      return existsSync(file) ? readFileSync(file) : null;
    };
    result = checkManifest(${JSON.stringify(xml)}, { readFile });
  `);
}

/** Problems of the named check (the name starts with `prefix`). */
function problemsOf(results: CheckResult[], prefix: string): string[] {
  const found = results.find((result) => result.name.startsWith(prefix));
  if (!found) throw new Error(`no check named "${prefix}…" in ${results.map((r) => r.name).join(', ')}`);
  return found.problems;
}

/** Replaces exactly one occurrence, so a mutation that silently misses fails the test instead. */
function mutate(xml: string, from: string, to: string): string {
  const count = xml.split(from).length - 1;
  if (count < 1) throw new Error(`"${from}" is not in manifest.xml`);
  return xml.replace(from, to);
}

describe('offline manifest checks', () => {
  test('manifest.xml passes every check', () => {
    const results = check(sourceXml);
    expect(results.map((result) => result.name)).toEqual([
      'well-formed XML',
      'element order of OfficeApp',
      'MailApp identity (GUID, version, names)',
      'every URL https, under the hosting URL',
      'ReadItem only, read mode only, no mobile surface',
      'Mailbox requirement 1.5',
      'VersionOverrides V1_0 + V1_1 with SupportsPinning',
      'every resid defined (and used)',
      'referenced files present, icons at their stated size',
    ]);
    expect(results.flatMap((result) => result.problems)).toEqual([]);
  });

  test('malformed XML is reported, not thrown', () => {
    const results = check(sourceXml.replace('</OfficeApp>', ''));
    expect(results).toHaveLength(1);
    expect(results[0].name).toBe('well-formed XML');
    expect(results[0].problems[0]).toMatch(/not a well-formed OfficeApp manifest/);
  });

  test('element order: Permissions before FormSettings is caught', () => {
    const permissions = '  <Permissions>ReadItem</Permissions>\n';
    const xml = mutate(
      mutate(sourceXml, permissions, ''),
      '  <FormSettings>',
      `${permissions}  <FormSettings>`,
    );
    expect(problemsOf(check(xml), 'element order')).toEqual([
      expect.stringMatching(/^<FormSettings> is out of order/),
    ]);
  });

  test('element order: a missing required element is caught', () => {
    const xml = mutate(sourceXml, '  <ProviderName>Auth Doctor</ProviderName>\n', '');
    expect(problemsOf(check(xml), 'element order')).toEqual(['<ProviderName> is missing']);
  });

  test('an http URL and a URL outside the hosting URL are caught', () => {
    let xml = mutate(
      sourceXml,
      'https://localhost:3000/assets/support.html',
      'http://localhost:3000/assets/support.html',
    );
    xml = mutate(xml, 'https://localhost:3000/assets/icon-64.png', 'https://cdn.example.net/icon-64.png');
    const problems = problemsOf(check(xml), 'every URL https');
    expect(problems).toContainEqual(
      expect.stringMatching(
        /SupportUrl@DefaultValue: http:\/\/localhost:3000\/assets\/support.html is not https/,
      ),
    );
    expect(problems).toContainEqual(
      expect.stringMatching(/icon-64.png is not under the hosting URL https:\/\/localhost:3000\//),
    );
  });

  test('more than ReadItem, a compose rule and a mobile surface are caught', () => {
    let xml = mutate(
      sourceXml,
      '<Permissions>ReadItem</Permissions>',
      '<Permissions>ReadWriteMailbox</Permissions>',
    );
    xml = mutate(xml, 'FormType="Read"/>', 'FormType="Edit"/>');
    xml = mutate(
      xml,
      '        </DesktopFormFactor>\n      </Host>',
      '        </DesktopFormFactor>\n        <MobileFormFactor/>\n      </Host>',
    );
    const problems = problemsOf(check(xml), 'ReadItem only');
    expect(problems).toContainEqual(
      expect.stringMatching(/Permissions is "ReadWriteMailbox", expected ReadItem/),
    );
    expect(problems).toContainEqual(expect.stringMatching(/Rule ItemIs Message\/Edit/));
    expect(problems).toContainEqual(expect.stringMatching(/MobileFormFactor present/));
  });

  test('a Mailbox requirement other than 1.5 is caught', () => {
    const xml = mutate(
      sourceXml,
      '<Set Name="Mailbox" MinVersion="1.5"/>',
      '<Set Name="Mailbox" MinVersion="1.8"/>',
    );
    expect(problemsOf(check(xml), 'Mailbox requirement')).toEqual([
      'Requirements: Mailbox MinVersion is 1.8, expected 1.5',
    ]);
  });

  test('SupportsPinning missing from V1_1, or present in V1_0, is caught', () => {
    const withoutPinning = mutate(sourceXml, '<SupportsPinning>true</SupportsPinning>', '');
    expect(problemsOf(check(withoutPinning), 'VersionOverrides')).toEqual([
      'V1_1: the ShowTaskpane action needs <SupportsPinning>true</SupportsPinning>',
    ]);
    const v10Action = '<SourceLocation resid="Taskpane.Url"/>\n                  </Action>';
    const pinnedV10 = mutate(
      sourceXml,
      v10Action,
      v10Action.replace('\n', '<SupportsPinning>true</SupportsPinning>\n'),
    );
    expect(problemsOf(check(pinnedV10), 'VersionOverrides')).toEqual([
      'V1_0: SupportsPinning is only valid in V1_1',
    ]);
  });

  test('an undefined resid, a resource of the wrong kind and an unused resource are caught', () => {
    let xml = mutate(sourceXml, '<Label resid="Group.Label"/>', '<Label resid="Group.Missing"/>');
    xml = mutate(xml, '<Title resid="Diagnose.Title"/>', '<Title resid="Diagnose.Tooltip"/>');
    const problems = problemsOf(check(xml), 'every resid');
    expect(problems).toContainEqual(
      'VersionOverridesV1_0: resid "Group.Missing" (on <Label>) is not defined in its Resources',
    );
    expect(problems).toContainEqual(
      'VersionOverridesV1_0: resid "Diagnose.Tooltip" on <Title> must be in ShortStrings, not LongStrings',
    );
    expect(problems).toContainEqual(
      'VersionOverridesV1_0: resource "Diagnose.Title" is defined but never used',
    );
  });

  test('an icon whose pixels differ from its stated size, and a missing file, are caught', () => {
    const files: Files = { ...repoAssets, substitute: { 'assets/icon-16.png': 'assets/icon-32.png' } };
    const xml = mutate(
      sourceXml,
      'https://localhost:3000/assets/support.html',
      'https://localhost:3000/assets/help.html',
    );
    const problems = problemsOf(check(xml, files), 'referenced files');
    expect(problems).toContainEqual('assets/help.html: referenced by the manifest but missing');
    expect(problems).toContainEqual(
      'VersionOverridesV1_0 Icon.16x16: assets/icon-16.png is 32x32, the manifest states 16x16',
    );
  });
});
