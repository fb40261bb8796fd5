#!/usr/bin/env node
/**
 * Draws the add-in's icons (assets/icon-*.png, assets/color.png, assets/outline.png) from the vector geometry
 * below, by rendering SVG in headless Chromium with a transparent background. The PNGs are committed; run this
 * only to change the artwork: `node scripts/manifest/draw-icons.mjs [path-to-chromium]`.
 *
 * The glyph: an envelope (the message) with a green badge carrying a pulse line (the diagnosis). The envelope
 * is a mid blue with a dark edge, so it reads on light ribbons through the edge and on dark ribbons through
 * the fill; the badge has a white ring that separates it from the envelope on either background.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { pngSize } from './png.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const chromium = process.argv[2] || '/usr/bin/chromium';

const BLUE = '#2B88D8';
const BLUE_EDGE = '#0E4F8B';
const GREEN = '#107C10';
const WHITE = '#FFFFFF';

/** Ribbon glyph on a 32-unit grid. Below 24 px the pulse becomes a check: four vertices do not fit in 8 px. */
function glyph(pixels) {
  const small = pixels < 24;
  const mark = small
    ? `<polyline points="20.5,23.5 23,26 27.5,20.5" fill="none" stroke="${WHITE}" stroke-width="2.6" stroke-linecap="round" stroke-linejoin="round"/>`
    : `<polyline points="18.6,23.6 20.8,23.6 22.3,20 24.3,27.2 25.8,23.6 28.4,23.6" fill="none" stroke="${WHITE}" stroke-width="1.6" stroke-linecap="round" stroke-linejoin="round"/>`;
  return `
    <rect x="1.5" y="5.5" width="25" height="18" rx="2.5" fill="${BLUE}" stroke="${BLUE_EDGE}" stroke-width="1"/>
    <polyline points="3.5,8 14,16 24.5,8" fill="none" stroke="${WHITE}" stroke-width="${small ? 2 : 1.6}" stroke-linecap="round" stroke-linejoin="round"/>
    <circle cx="23.5" cy="23.5" r="7.5" fill="${GREEN}" stroke="${WHITE}" stroke-width="1.5"/>
    ${mark}`;
}

/** Unified-manifest colour icon (192 px): the glyph in white and green on a blue tile. */
function colorTile() {
  return `
    <rect x="0" y="0" width="32" height="32" rx="6" fill="${BLUE_EDGE}"/>
    <rect x="4" y="8" width="20" height="14" rx="2" fill="${WHITE}"/>
    <polyline points="5.5,10 14,16.5 22.5,10" fill="none" stroke="${BLUE_EDGE}" stroke-width="1.6" stroke-linecap="round" stroke-linejoin="round"/>
    <circle cx="23" cy="22.5" r="6.5" fill="${GREEN}" stroke="${WHITE}" stroke-width="1.3"/>
    <polyline points="18.6,22.6 20.6,22.6 21.9,19.6 23.7,25.6 25,22.6 27.4,22.6" fill="none" stroke="${WHITE}" stroke-width="1.4" stroke-linecap="round" stroke-linejoin="round"/>`;
}

/** Unified-manifest outline icon (32 px): white lines on transparency, as Teams and Outlook require. */
function outline() {
  return `
    <rect x="2.5" y="6.5" width="22" height="16" rx="2" fill="none" stroke="${WHITE}" stroke-width="1.5"/>
    <polyline points="4,9 13.5,16 23,9" fill="none" stroke="${WHITE}" stroke-width="1.5" stroke-linecap="round" stroke-linejoin="round"/>
    <polyline points="17,25 20,25 21.8,21 24.2,29 26,25 30,25" fill="none" stroke="${WHITE}" stroke-width="1.5" stroke-linecap="round" stroke-linejoin="round"/>`;
}

const icons = [
  ...[16, 32, 64, 80, 128].map((size) => ({ file: `icon-${size}.png`, size, body: glyph(size) })),
  { file: 'color.png', size: 192, body: colorTile() },
  { file: 'outline.png', size: 32, body: outline() },
];

const work = mkdtempSync(path.join(tmpdir(), 'auth-doctor-icons-'));
try {
  for (const { file, size, body } of icons) {
    const page = path.join(work, `${file}.html`);
    const out = path.join(root, 'assets', file);
    writeFileSync(
      page,
      `<!doctype html><html><body style="margin:0;background:transparent">` +
        `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}" viewBox="0 0 32 32" style="display:block">${body}</svg>` +
        `</body></html>`,
    );
    execFileSync(
      chromium,
      [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--hide-scrollbars',
        '--force-device-scale-factor=1',
        '--default-background-color=00000000',
        `--window-size=${size},${size}`,
        `--screenshot=${out}`,
        `file://${page}`,
      ],
      { stdio: 'ignore' },
    );
    const actual = pngSize(readFileSync(out));
    if (actual.width !== size || actual.height !== size) {
      throw new Error(`${file}: Chromium wrote ${actual.width}x${actual.height}, expected ${size}x${size}`);
    }
    console.log(`assets/${file}  ${size}x${size}`);
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
