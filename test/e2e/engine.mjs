/**
 * The engine itself, for scenarios that compare what the pane shows with what the engine concludes:
 * the TypeScript sources bundled by the bench's loader (once per run), and the header block of an .eml
 * fixture as Outlook hands it to the pane (getAllInternetHeadersAsync returns the headers, no body).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadBundle } from '../../bench/load-engine.mjs';
import { repoRoot } from './session.mjs';
import { crlf } from './headers.mjs';

let enginePromise = null;

/** { diagnoseHeaders, parseHeaders, diagnose } from src/, bundled on first use. */
export function engine() {
  enginePromise ??= loadBundle();
  return enginePromise;
}

/** The header block (up to the first empty line) of test/fixtures/<name>, with CRLF line ends. */
export function emlHeaders(name) {
  const text = readFileSync(join(repoRoot, 'test', 'fixtures', name), 'utf8');
  const end = text.search(/\r?\n\r?\n/);
  return crlf(end < 0 ? text : `${text.slice(0, end)}\n`);
}
