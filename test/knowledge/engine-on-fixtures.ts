/** Runs the engine on a header fixture of test/fixtures, for the tests that tie knowledge rows to findings. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { diagnoseHeaders } from '../../src/rules';

export const FIXTURES = join(__dirname, '..', 'fixtures');

/** The finding ids the engine gives the fixture at test/fixtures/<relative>. */
export function fixtureFindingIds(relative: string): string[] {
  return diagnoseHeaders(readFileSync(join(FIXTURES, relative), 'utf8')).findings.map((f) => f.id);
}

/** The finding ids for an Authentication-Results value (stamped without authserv-id) and a From domain. */
export function resultsFindingIds(results: string, fromDomain = 'contoso.com'): string[] {
  const raw = `Authentication-Results: ${results}\nFrom: someone@${fromDomain}\n`;
  return diagnoseHeaders(raw).findings.map((f) => f.id);
}
