/**
 * Loaded with `node --require` by ./scan.mjs into the scanned CLI: on exit, prints the process's peak
 * resident set size (getrusage maxrss, kilobytes on Linux) and its CPU time (user + system, microseconds)
 * to standard error. Worker threads are threads of this process, so both count them; they load this file
 * too, and stay silent.
 */
const { writeSync } = require('node:fs');
const { isMainThread } = require('node:worker_threads');

if (isMainThread) {
  process.on('exit', () => {
    const usage = process.resourceUsage();
    writeSync(2, `peak-rss-kb=${usage.maxRSS} cpu-us=${usage.userCPUTime + usage.systemCPUTime}\n`);
  });
}
