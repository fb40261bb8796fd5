/**
 * Finds a Chromium-family browser on this machine and launches it headless with playwright-core.
 * A test tool's own browser download cannot work here, so only installed browsers are used:
 * CHROME_PATH first, then the usual Linux, macOS and Windows install paths.
 */
import { existsSync } from 'node:fs';
import { chromium } from 'playwright-core';

const KNOWN_PATHS = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/usr/bin/microsoft-edge',
  '/usr/bin/microsoft-edge-stable',
  '/opt/microsoft/msedge/msedge',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  '/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge',
  'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
  'C:\\Program Files (x86)\\Google\\Chrome\\Application\\chrome.exe',
  'C:\\Program Files (x86)\\Microsoft\\Edge\\Application\\msedge.exe',
  'C:\\Program Files\\Microsoft\\Edge\\Application\\msedge.exe',
];

/** The flags Debian's Chromium needs in a container, minus everything that would phone home. */
export const LAUNCH_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
  '--disable-quic',
];

/**
 * { executablePath } when a browser exists, otherwise { missing: reason }. CHROME_PATH, when set, must
 * point at a real file: silently falling back would test a browser the developer did not ask for.
 */
export function findBrowser(env = process.env) {
  if (env.CHROME_PATH) {
    return existsSync(env.CHROME_PATH)
      ? { executablePath: env.CHROME_PATH }
      : { missing: `CHROME_PATH=${env.CHROME_PATH} does not exist` };
  }
  const executablePath = KNOWN_PATHS.find((path) => existsSync(path));
  return executablePath
    ? { executablePath }
    : { missing: 'no Chromium, Chrome or Edge found (set CHROME_PATH, or apt-get install chromium)' };
}

export function launchBrowser(executablePath) {
  return chromium.launch({ executablePath, headless: true, args: LAUNCH_ARGS });
}
