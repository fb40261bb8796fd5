/**
 * Loaded with `node --require` by ./scan.mjs into the scanned CLI: on exit, prints the process's peak
 * resident set size (getrusage maxrss, kilobytes on Linux) to standard error. Worker threads are threads
 * of this process, so their memory is counted; they load this file too, and stay silent.
 */
const { writeSync } = require('node:fs');
const { isMainThread } = require('node:worker_threads');

if (isMainThread) {
  process.on('exit', () => writeSync(2, `peak-rss-kb=${process.resourceUsage().maxRSS}\n`));
}
