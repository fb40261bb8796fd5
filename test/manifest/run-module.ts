/**
 * jest runs tests as CommonJS and cannot import the build scripts' ES modules (scripts/**.mjs); a Node child
 * process can. runModule runs an ES-module snippet whose last statement sets `result`, and returns that value
 * (JSON round-tripped) or throws the snippet's error message.
 */
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

export const repoRoot = path.resolve(__dirname, '../..');

/** `import … from ${script('scripts/manifest/checks.mjs')}` inside a snippet. */
export const script = (relativePath: string): string =>
  JSON.stringify(pathToFileURL(path.join(repoRoot, relativePath)).href);

/** Separates the result from anything the modules print on the way. */
const MARKER = '\n@@run-module-result@@';

export function runModule<T>(snippet: string): T {
  const program = `let result;
try {
${snippet}
  process.stdout.write(${JSON.stringify(MARKER)} + JSON.stringify({ ok: result ?? null }));
} catch (error) {
  process.stdout.write(${JSON.stringify(MARKER)} + JSON.stringify({ error: error instanceof Error ? error.message : String(error) }));
}`;
  const output = execFileSync(process.execPath, ['--input-type=module', '-e', program], {
    cwd: repoRoot,
    encoding: 'utf8',
    maxBuffer: 16 * 1024 * 1024,
  });
  const parsed = JSON.parse(output.slice(output.lastIndexOf(MARKER) + MARKER.length)) as {
    ok?: T;
    error?: string;
  };
  if (parsed.error !== undefined) throw new Error(parsed.error);
  return parsed.ok as T;
}
