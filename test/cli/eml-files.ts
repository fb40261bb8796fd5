/** Every .eml under a directory, recursively, sorted (the fixtures and the CLI samples). */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

export function emlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((entry) =>
      entry.isDirectory()
        ? emlFiles(join(dir, entry.name))
        : entry.name.endsWith('.eml')
          ? [join(dir, entry.name)]
          : [],
    )
    .sort();
}
