/**
 * Loads the fixture corpus (test/fixtures/<category>/<name>.eml + .expect.json, see test/fixtures/README.md).
 * Shared by the corpus test; other tests may load fixtures through it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

const FIXTURES_DIR = join(__dirname, '..', 'fixtures');

export interface AuthExpectation {
  spf?: string | null;
  /** auth.spf.ip: the sender IP the receiver evaluated (null = no usable IP). */
  spfIp?: string | null;
  dkim?: string[] | null;
  dmarc?: string | null;
  dmarcAction?: string | null;
  compauth?: string | null;
  reason?: string | null;
  compauthDocumented?: boolean;
  arc?: string | null;
  authservId?: string | null;
}

export interface MessageExpectation {
  from?: string | null;
  fromDomain?: string | null;
  mailFromDomain?: string | null;
}

export interface Expectation {
  description: string;
  source: string;
  auth?: AuthExpectation;
  message?: MessageExpectation;
  /** Raw X-Forefront-Antispam-Report fields (SCL as a number), a subset of Diagnosis.antispam. */
  antispam?: Record<string, string | number>;
  hops?: number;
  findings: { include: string[]; exclude?: string[] };
  owners?: Record<string, string>;
  fixContains?: Record<string, string[]>;
  verdict?: string;
}

export interface Fixture {
  /** "<category>/<name>", e.g. "seeds/ts-combined-spf-dkim-fail". */
  id: string;
  category: string;
  emlPath: string;
  expectPath: string;
  /** The .eml exactly as stored (CRLF kept). */
  raw: string;
}

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    return entry.isDirectory() ? walk(path) : [path];
  });
}

/** Every .eml under test/fixtures, sorted by id. */
export function listFixtures(): Fixture[] {
  return walk(FIXTURES_DIR)
    .filter((path) => path.endsWith('.eml'))
    .map((emlPath) => {
      const id = relative(FIXTURES_DIR, emlPath).slice(0, -'.eml'.length).split(sep).join('/');
      return {
        id,
        category: id.split('/')[0],
        emlPath,
        expectPath: emlPath.slice(0, -'.eml'.length) + '.expect.json',
        raw: readFileSync(emlPath, 'utf8'),
      };
    })
    .sort((a, b) => a.id.localeCompare(b.id));
}

export function readExpectation(fixture: Fixture): Expectation {
  return JSON.parse(readFileSync(fixture.expectPath, 'utf8')) as Expectation;
}
