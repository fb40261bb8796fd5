/** Runs once before all suites: says, in one line each, what this run cannot check and why. */
import { SEEDS_ABSENT_LINE, seedsPresent } from './seed-documents';

export default function globalSetup(): void {
  if (!seedsPresent) process.stdout.write(`${SEEDS_ABSENT_LINE}\n`);
}
