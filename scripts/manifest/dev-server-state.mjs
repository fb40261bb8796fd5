/** Where `npm start` records its background dev server, so `npm stop` can find it (both git-ignored). */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const PID_FILE = path.join(root, '.auth-doctor-dev.pid');
export const LOG_FILE = path.join(root, '.auth-doctor-dev.log');

/** The recorded pid, or null when there is none. */
export function readPid() {
  try {
    const pid = Number.parseInt(readFileSync(PID_FILE, 'utf8'), 10);
    return Number.isInteger(pid) && pid > 0 ? pid : null;
  } catch {
    return null;
  }
}

/** Whether a process with this pid exists (signal 0 tests without sending anything). */
export function isRunning(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return error.code === 'EPERM';
  }
}
