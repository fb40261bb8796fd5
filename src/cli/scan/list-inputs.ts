/**
 * The paths given to `auth-doctor scan` → the files to read, recursively and in a stable order, or the
 * reason a path yields none: every path the user named, and every entry met on the way that is not a
 * readable file, becomes a record rather than a silent gap.
 */
import { type Dirent, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { readErrorMessage } from '../read-input';

export type ScanInput = { path: string; size: number } | { path: string; error: string };

function byName(a: Dirent, b: Dirent): number {
  return a.name < b.name ? -1 : a.name > b.name ? 1 : 0;
}

function walk(dir: string, out: ScanInput[]): void {
  let entries: Dirent[];
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch (error) {
    out.push({ path: dir, error: readErrorMessage(dir, error) });
    return;
  }
  for (const entry of entries.sort(byName)) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) walk(path, out);
    else if (entry.isFile()) out.push({ path, size: statSize(path) });
    // Links to directories are not followed: a link back up the tree would never end.
    else out.push(entry.isSymbolicLink() ? linked(path) : notAFile(path));
  }
}

function statSize(path: string): number {
  try {
    return statSync(path).size;
  } catch {
    // Gone since it was listed: reading it will say so.
    return 0;
  }
}

function notAFile(path: string): ScanInput {
  return { path, error: `${path} is not a regular file` };
}

function linked(path: string): ScanInput {
  try {
    const stats = statSync(path);
    if (stats.isFile()) return { path, size: stats.size };
    return stats.isDirectory()
      ? { path, error: `${path} is a link to a directory, which the scan does not follow` }
      : notAFile(path);
  } catch (error) {
    return { path, error: readErrorMessage(path, error) };
  }
}

export function listInputs(paths: readonly string[]): ScanInput[] {
  const out: ScanInput[] = [];
  for (const path of paths) {
    let isDirectory: boolean;
    try {
      const stats = statSync(path);
      if (!stats.isFile() && !stats.isDirectory()) {
        out.push(notAFile(path));
        continue;
      }
      isDirectory = stats.isDirectory();
    } catch (error) {
      out.push({ path, error: readErrorMessage(path, error) });
      continue;
    }
    if (!isDirectory) {
      out.push({ path, size: statSize(path) });
      continue;
    }
    const before = out.length;
    walk(path, out);
    if (out.length === before) out.push({ path, error: `${path} holds no files` });
  }
  return out;
}
