#!/usr/bin/env node
/**
 * Takes the README's screenshot (assets/screenshot.png): the standalone pane at 400x900, a built-in sample
 * diagnosed. Start the dev server first (`npm start`), then:
 *   node scripts/manifest/screenshot.mjs [pane-url] [path-to-chromium]
 */
import { chromium } from 'playwright-core';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const url = process.argv[2] || 'http://localhost:3000/taskpane.html';
const executablePath = process.argv[3] || '/usr/bin/chromium';
/** The sample that shows the most: a failure, who must fix it, and the fix. */
const SAMPLE = /Spoofed sender/;

const browser = await chromium.launch({ executablePath, args: ['--no-sandbox'] });
try {
  const page = await browser.newPage({
    viewport: { width: 400, height: 900 },
    colorScheme: 'light',
    ignoreHTTPSErrors: true,
  });
  // The dev server may serve a self-signed certificate: this is a picture, not a trust decision.
  await page.goto(url, { waitUntil: 'load' });
  await page.getByRole('button', { name: SAMPLE }).click();
  await page.getByRole('heading', { name: /Findings/ }).waitFor();
  const out = path.join(root, 'assets', 'screenshot.png');
  await page.screenshot({ path: out });
  console.log(`wrote ${path.relative(root, out)}`);
} finally {
  await browser.close();
}
