/**
 * The production manifest build (scripts/build-manifest.mjs): the hosting URL is validated, every dev URL is
 * rewritten to it and nothing else changes; the unified manifest.json generated from it follows the same URL,
 * passes the JSON schema offline and carries the production fixes.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { repoRoot, runModule, script } from './run-module';

const DEV = 'https://localhost:3000/';
const BASE = 'https://example.org/auth-doctor/';
const sourceXml = readFileSync(path.join(repoRoot, 'manifest.xml'), 'utf8');

const normalise = (input: string): string =>
  runModule<string>(`
    const { normaliseAddinUrl } = await import(${script('scripts/manifest/urls.mjs')});
    result = normaliseAddinUrl(${JSON.stringify(input)});
  `);

interface Built {
  xml: string;
  json: string;
  files: string[];
  packageBytes: string;
}

function build(addinUrl: string | null, outDir: string): Built {
  runModule(`
    const { buildManifests } = await import(${script('scripts/build-manifest.mjs')});
    await buildManifests({ addinUrl: ${JSON.stringify(addinUrl)}, outDir: ${JSON.stringify(outDir)}, quiet: true });
  `);
  const read = (file: string): string => readFileSync(path.join(outDir, file), 'latin1');
  return {
    xml: read('manifest.xml'),
    json: read('manifest.json'),
    files: readdirSync(outDir).sort(),
    packageBytes: read('manifest.zip'),
  };
}

/** All URL-shaped strings in a text: attribute values, element texts and JSON strings alike. */
const urlsIn = (text: string): string[] => text.match(/https?:\/\/[^"<\s]+/g) ?? [];
/** Schema identifiers that are not URLs a client loads: XML namespaces and the JSON $schema. */
const isSchemaId = (url: string): boolean =>
  url.startsWith('http://schemas.microsoft.com/') ||
  url.startsWith('http://www.w3.org/') ||
  url.startsWith('https://developer.microsoft.com/json-schemas/');

/** Runs `office-addin-manifest validate` (its JSON schema check, offline) and returns exit code and output. */
function officeValidate(file: string): { code: number; output: string } {
  const cli = require.resolve('office-addin-manifest/cli.js');
  try {
    return { code: 0, output: execFileSync(process.execPath, [cli, 'validate', file], { encoding: 'utf8' }) };
  } catch (error) {
    const failure = error as { status?: number; stdout?: string; stderr?: string };
    return { code: failure.status ?? 1, output: `${failure.stdout ?? ''}${failure.stderr ?? ''}` };
  }
}

describe('hosting URL', () => {
  test('an https URL is accepted and ends with exactly one slash', () => {
    expect(normalise('https://example.org/auth-doctor')).toBe(BASE);
    expect(normalise('https://example.org/auth-doctor//')).toBe(BASE);
    expect(normalise('  https://Example.ORG  ')).toBe('https://example.org/');
  });

  test.each([
    ['http://example.org/auth-doctor', /uses http: Outlook loads add-ins only over https/],
    ['example.org/auth-doctor', /is not a URL/],
    ['', /is not a URL/],
    ['https://example.org/app?v=1', /must not contain "\?" or "#"/],
    ['https://user:secret@example.org/', /must not contain credentials/],
  ])('%j is rejected with a message saying what to pass', (input, reason) => {
    expect(() => normalise(input)).toThrow(reason);
    expect(() => normalise(input)).toThrow(/--env ADDIN_URL=https:\/\//);
  });

  test('a dev URL without a path in the manifest stops the rewrite instead of shipping localhost', () => {
    const rewrite = (): string =>
      runModule<string>(`
        const { rewriteManifestUrls } = await import(${script('scripts/manifest/urls.mjs')});
        result = rewriteManifestUrls('<AppDomain>https://localhost:3000</AppDomain>', ${JSON.stringify(BASE)});
      `);
    expect(rewrite).toThrow(/contains "https:\/\/localhost:3000" without a path/);
  });
});

describe('production build', () => {
  let outDir: string;
  let built: Built;
  beforeAll(() => {
    outDir = mkdtempSync(path.join(tmpdir(), 'auth-doctor-manifest-test-'));
    built = build('https://example.org/auth-doctor', outDir);
  });
  afterAll(() => rmSync(outDir, { recursive: true, force: true }));

  test('writes the XML and unified manifests, their icons and the app package', () => {
    expect(built.files).toEqual([
      'color.png',
      'manifest.json',
      'manifest.xml',
      'manifest.zip',
      'outline.png',
    ]);
    for (const entry of ['manifest.json', 'color.png', 'outline.png'])
      expect(built.packageBytes).toContain(entry);
  });

  test('manifest.xml: every URL starts with the hosting URL, and nothing but the URLs changed', () => {
    const loaded = urlsIn(built.xml).filter((url) => !isSchemaId(url));
    expect(loaded.length).toBe(urlsIn(sourceXml).filter((url) => !isSchemaId(url)).length);
    expect(loaded.filter((url) => !url.startsWith(BASE))).toEqual([]);
    expect(built.xml).not.toContain('localhost:3000');
    // Putting the dev prefix back must give the source byte for byte.
    expect(built.xml.split(BASE).join(DEV)).toBe(sourceXml);
  });

  test('manifest.json: every URL a client loads starts with the hosting URL', () => {
    const manifest = JSON.parse(built.json);
    const loaded = urlsIn(built.json).filter((url) => !isSchemaId(url));
    expect(loaded.length).toBeGreaterThanOrEqual(8);
    expect(loaded.filter((url) => !url.startsWith(BASE))).toEqual([]);
    expect(manifest.extensions[0].runtimes[0].code.page).toBe(`${BASE}taskpane.html`);
    expect(manifest.developer.privacyUrl).toBe(`${BASE}assets/support.html#privacy`);
    expect(manifest.validDomains).toBeUndefined();
  });

  test('manifest.json carries the production fixes the converter leaves out', () => {
    const manifest = JSON.parse(built.json);
    expect(built.json).not.toContain('TRUNCATED');
    expect(manifest.description.short.length).toBeLessThanOrEqual(80);
    expect(manifest.icons).toEqual({ color: 'color.png', outline: 'outline.png' });
    expect(manifest.authorization.permissions.resourceSpecific).toEqual([
      { name: 'MailboxItem.Read.User', type: 'Delegated' },
    ]);
    const [extension] = manifest.extensions;
    expect(extension.requirements.capabilities).toEqual([{ name: 'Mailbox', minVersion: '1.5' }]);
    // One ribbon (V1_1's), one pinnable action named after its button, no action-less runtime.
    expect(extension.ribbons).toHaveLength(1);
    expect(extension.ribbons[0].contexts).toEqual(['mailRead']);
    const actions = extension.runtimes.flatMap((runtime: { actions: object[] }) => runtime.actions);
    expect(actions).toEqual([
      expect.objectContaining({ type: 'openPage', pinnable: true, displayName: 'Diagnose' }),
    ]);
  });

  test('manifest.json passes the unified manifest JSON schema offline', () => {
    expect(officeValidate(path.join(outDir, 'manifest.json'))).toEqual({ code: 0, output: '' });
  });

  test('the schema check rejects a manifest.json that breaks the schema (so its pass means something)', () => {
    const broken = JSON.parse(built.json);
    broken.description.short = 'x'.repeat(81);
    const file = path.join(outDir, 'broken.json');
    writeFileSync(file, JSON.stringify(broken));
    const result = officeValidate(file);
    expect(result.code).toBe(1);
    expect(result.output).toMatch(/description\/short.*must NOT have more than 80 characters/);
  });

  test('an http hosting URL fails the build with a clear message', () => {
    expect(() => build('http://example.org/auth-doctor', path.join(outDir, 'rejected'))).toThrow(
      /Outlook loads add-ins only over https/,
    );
  });
});

test('without a hosting URL the build writes the dev manifest unchanged', () => {
  const outDir = mkdtempSync(path.join(tmpdir(), 'auth-doctor-manifest-dev-'));
  try {
    expect(build(null, outDir).xml).toBe(sourceXml);
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
});

describe('http fallback manifest', () => {
  const writeHttp = (write: boolean, outDir: string): string =>
    runModule<string>(`
      const { buildHttpStandaloneManifest } = await import(${script('scripts/build-manifest.mjs')});
      result = buildHttpStandaloneManifest({ write: ${write}, outDir: ${JSON.stringify(outDir)} });
    `);

  test('names itself as not for sideloading, matches the http server, and goes when https works', () => {
    const outDir = mkdtempSync(path.join(tmpdir(), 'auth-doctor-http-manifest-'));
    try {
      const file = writeHttp(true, outDir);
      expect(path.basename(file)).toMatch(/not-for-sideloading/);
      const urls = urlsIn(readFileSync(file, 'utf8')).filter((url) => !isSchemaId(url));
      expect(urls.length).toBeGreaterThan(0);
      expect(urls.filter((url) => !url.startsWith('http://localhost:3000/'))).toEqual([]);
      expect(readdirSync(outDir)).toEqual([path.basename(file)]);

      writeHttp(false, outDir);
      expect(readdirSync(outDir)).toEqual([]);
    } finally {
      rmSync(outDir, { recursive: true, force: true });
    }
  });
});
