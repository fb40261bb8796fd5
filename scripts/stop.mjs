#!/usr/bin/env node
/** `npm stop`: stops the dev server that `npm start` left running, found through its pid file. */
import { rmSync } from 'node:fs';
import { isRunning, PID_FILE, readPid } from './manifest/dev-server-state.mjs';

const pid = readPid();
if (!pid || !isRunning(pid)) {
  rmSync(PID_FILE, { force: true });
  console.log('The dev server is not running.');
} else {
  process.kill(pid, 'SIGTERM');
  // The server closes its sockets and removes the pid file; after 10 s it is killed outright.
  const deadline = Date.now() + 10_000;
  while (isRunning(pid) && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 200));
  if (isRunning(pid)) process.kill(pid, 'SIGKILL');
  rmSync(PID_FILE, { force: true });
  console.log(`Stopped the dev server (pid ${pid}).`);
}
