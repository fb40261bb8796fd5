/**
 * Where the domain documents the knowledge tables were transcribed from live: Microsoft's troubleshooting
 * and compauth guides (`seeds/`) and the header reference (`reference/`). CI checks the repository out with
 * them beside it; a plain clone has none, so every check that reads them runs only when they are present.
 * Everything else the tests compare against is data in test/fixtures/knowledge/.
 *
 * AUTH_DOCTOR_SEEDS names another folder holding `seeds/` and `reference/` (or a missing one, to see the
 * suite pass without the documents): `AUTH_DOCTOR_SEEDS=/nonexistent npx jest test/knowledge`.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const SEED_ROOT = process.env.AUTH_DOCTOR_SEEDS ?? join(__dirname, '..', '..', '..', 'shared');

/** True when the seed documents are there to compare against. */
export const seedsPresent: boolean = existsSync(join(SEED_ROOT, 'seeds'));

/** The one line a run prints when the seed-document checks are skipped. */
export const SEEDS_ABSENT_LINE = `Seed documents not found at ${SEED_ROOT}: checks against them are skipped (set AUTH_DOCTOR_SEEDS to their folder).`;

/** A seed or reference document's text, e.g. readSeedDocument('reference/header-facts.md'). */
export function readSeedDocument(doc: string): string {
  return readFileSync(join(SEED_ROOT, doc), 'utf8');
}

export function seedDocumentExists(doc: string): boolean {
  return existsSync(join(SEED_ROOT, doc));
}

/** Every document of `seeds/` as [name, text]. */
export function seedDocuments(): [string, string][] {
  const dir = join(SEED_ROOT, 'seeds');
  return readdirSync(dir)
    .sort()
    .map((name) => [`seeds/${name}`, readFileSync(join(dir, name), 'utf8')]);
}

/**
 * `describe` when the seed documents are present. Otherwise one skipped test stands for the block (the
 * block itself is not collected: it reads the documents as it is defined), and the global set-up prints
 * why once.
 */
export function describeWithSeeds(name: string, body: () => void): void {
  if (seedsPresent) describe(name, body);
  else it.skip(`${name} (needs the seed documents)`, () => undefined);
}
