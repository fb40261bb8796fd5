/** Runs once before all suites: says, one line each, what this run cannot check and why. */
import { DIST_MISSING_LINE, distBuilt } from './built-dist';
import { SEEDS_ABSENT_LINE, seedsPresent } from './seed-documents';

export default function globalSetup(): void {
  if (!seedsPresent) process.stdout.write(`${SEEDS_ABSENT_LINE}\n`);
  if (!distBuilt) process.stdout.write(`${DIST_MISSING_LINE}\n`);
}
