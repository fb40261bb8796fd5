/* global window, document, getComputedStyle */
/**
 * Accessibility checks run inside the page: axe-core (serious and critical violations), keyboard reach
 * and visible focus (every control reachable with Tab, each one looking different when focused), and
 * text contrast computed from the styles the browser actually applied.
 */
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';

const require = createRequire(import.meta.url);
const AXE_PATH = require.resolve('axe-core/axe.min.js');

/**
 * Runs axe-core on the page; returns the serious and critical violations, each formatted for a failure
 * message. axe is evaluated through the DevTools protocol, which the pane's Content-Security-Policy does not
 * govern: an injected <script> would be refused, and the refusal would land in the console the scenarios
 * check.
 */
export async function seriousAxeViolations(page) {
  if (!(await page.evaluate(() => typeof window.axe === 'object'))) {
    await page.evaluate(readFileSync(AXE_PATH, 'utf8'));
  }
  const violations = await page.evaluate(async () => {
    const result = await window.axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map((violation) => ({
      id: violation.id,
      impact: violation.impact,
      help: violation.help,
      nodes: violation.nodes.map((node) => ({
        target: node.target.join(' '),
        html: node.html.slice(0, 200),
        summary: node.failureSummary,
      })),
    }));
  });
  return violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical');
}

/**
 * axe on the state the page is in, with every collapsible section open (a section's body renders only
 * while open, so a closed one hides its content from axe). The sections opened here are closed again, and
 * through their `open` property rather than a click, so focus and the scenario's state stay as they were.
 * Fails with `state` named and every serious or critical violation listed.
 */
export async function assertAxeClean(page, state) {
  const opened = await page.evaluate(() => {
    const closed = [...document.querySelectorAll('details:not([open])')];
    closed.forEach((details, index) => {
      details.dataset.e2eAxeOpened = String(index);
      details.open = true;
    });
    return closed.length;
  });
  try {
    // Opened bodies mount and load their chunks: wait until each has content and none is still loading.
    await page.waitForFunction(
      () =>
        [...document.querySelectorAll('details[open]')].every(
          (details) => details.children.length > 1 && details.querySelector('[role="status"]') === null,
        ),
      null,
      { timeout: 20_000 },
    );
    const violations = await seriousAxeViolations(page);
    assert.equal(
      violations.length,
      0,
      `axe, ${state} (${opened} section(s) opened for it):\n${formatViolations(violations)}`,
    );
  } finally {
    await page.evaluate(() => {
      for (const details of document.querySelectorAll('details[data-e2e-axe-opened]')) {
        details.open = false;
        delete details.dataset.e2eAxeOpened;
      }
    });
  }
}

export function formatViolations(violations) {
  return violations
    .map(
      (v) =>
        `[${v.impact}] ${v.id}: ${v.help}\n` +
        v.nodes.map((n) => `    at ${n.target}\n      ${n.html}\n      ${n.summary}`).join('\n'),
    )
    .join('\n');
}

/**
 * Presses Tab through the whole pane. Returns { expected, visited, unreached, invisible }:
 * `expected` are the controls in the tab order when the walk starts (visible, enabled, tabIndex ≥ 0);
 * `unreached` those Tab never landed on; `invisible` those whose focused look (outline, box-shadow, border,
 * text decoration, or a ::before/::after ring as Fluent UI draws it) equals their unfocused look.
 */
export async function walkTabOrder(page, { maxPresses = 200 } = {}) {
  const expected = await page.evaluate(() => {
    const look = (element) => {
      const own = getComputedStyle(element);
      const after = getComputedStyle(element, '::after');
      const before = getComputedStyle(element, '::before');
      const ring = (style) =>
        [
          style.outlineStyle,
          style.outlineWidth,
          style.outlineColor,
          style.boxShadow,
          style.borderStyle,
          style.borderColor,
        ].join(' ');
      return [
        ring(own),
        own.textDecorationLine,
        own.textDecorationStyle,
        after.content === 'none' ? '' : `after ${ring(after)}`,
        before.content === 'none' ? '' : `before ${ring(before)}`,
      ].join(' | ');
    };
    window.__e2eLook = look;
    const candidates = document.querySelectorAll(
      'a[href], button, input, select, textarea, summary, [tabindex], [contenteditable="true"]',
    );
    const list = [];
    let next = 0;
    for (const element of candidates) {
      const style = getComputedStyle(element);
      const hidden =
        element.getClientRects().length === 0 ||
        style.visibility === 'hidden' ||
        element.closest('[inert]') !== null;
      if (hidden || element.disabled || element.tabIndex < 0) continue;
      element.__e2eId = ++next;
      list.push({
        id: next,
        label: `${element.tagName.toLowerCase()} "${(element.getAttribute('aria-label') || element.textContent || element.getAttribute('title') || '').trim().slice(0, 60)}"`,
        unfocused: look(element),
      });
    }
    return list;
  });

  await page.evaluate(() => document.activeElement?.blur?.());
  const visited = new Map();
  let first = null;
  for (let press = 0; press < maxPresses; press++) {
    await page.keyboard.press('Tab');
    const step = await page.evaluate(
      () =>
        new Promise((resolve) => {
          // Focus styles (Fluent's data-fui-focus-visible) land after the focus event: wait a frame.
          window.requestAnimationFrame(() => {
            const element = document.activeElement;
            if (!element || element === document.body) return resolve(null);
            resolve({
              id: element.__e2eId ?? null,
              tag: element.tagName.toLowerCase(),
              focused: window.__e2eLook(element),
            });
          });
        }),
    );
    if (!step) {
      if (visited.size > 0) break;
      continue;
    }
    const key = step.id ?? `untracked ${step.tag} #${press}`;
    if (first === null) first = key;
    else if (key === first) break;
    if (!visited.has(key)) visited.set(key, step);
  }

  const unreached = expected.filter((control) => !visited.has(control.id)).map((control) => control.label);
  const invisible = expected
    .filter((control) => visited.has(control.id) && visited.get(control.id).focused === control.unfocused)
    .map((control) => `${control.label}: ${control.unfocused}`);
  return { expected, visited: [...visited.keys()], unreached, invisible };
}

/**
 * Contrast of every visible piece of text under `selector`: the text colour against the background the
 * reader sees behind it (the first opaque ancestor background, composited through translucent ones).
 * Returns [{ text, color, background, ratio, large }].
 */
export function textContrasts(page, selector = 'body') {
  return page.evaluate((rootSelector) => {
    const parse = (value) => {
      const match = /rgba?\(([^)]+)\)/.exec(value);
      if (!match) return null;
      const [r, g, b, a = 1] = match[1]
        .split(/[,\s/]+/)
        .filter(Boolean)
        .map(Number);
      return { r, g, b, a };
    };
    const over = (top, bottom) => ({
      r: top.r * top.a + bottom.r * (1 - top.a),
      g: top.g * top.a + bottom.g * (1 - top.a),
      b: top.b * top.a + bottom.b * (1 - top.a),
      a: 1,
    });
    const backgroundOf = (element) => {
      const layers = [];
      for (let node = element; node; node = node.parentElement) {
        const style = getComputedStyle(node);
        if (style.backgroundImage !== 'none') return null; // a gradient or image: not computable here
        const color = parse(style.backgroundColor);
        if (color && color.a > 0) {
          layers.push(color);
          if (color.a >= 1) break;
        }
      }
      let result = { r: 255, g: 255, b: 255, a: 1 }; // the canvas behind everything
      for (const layer of layers.reverse()) result = over(layer, result);
      return result;
    };
    const luminance = ({ r, g, b }) => {
      const channel = (v) => {
        const s = v / 255;
        return s <= 0.03928 ? s / 12.92 : Math.pow((s + 0.055) / 1.055, 2.4);
      };
      return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
    };
    const hex = ({ r, g, b }) =>
      '#' + [r, g, b].map((v) => Math.round(v).toString(16).padStart(2, '0')).join('');
    const results = [];
    const root = document.querySelector(rootSelector);
    if (!root) return results;
    const walker = document.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
    const seen = new Set();
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const element = node.parentElement;
      if (!element || seen.has(element) || !node.textContent.trim()) continue;
      seen.add(element);
      const style = getComputedStyle(element);
      const rect = element.getBoundingClientRect();
      const clipped = style.clip === 'rect(0px, 0px, 0px, 0px)' || rect.width <= 1 || rect.height <= 1;
      if (element.closest('[aria-hidden="true"]') || style.visibility === 'hidden' || clipped) continue;
      if (element.getClientRects().length === 0) continue;
      const background = backgroundOf(element);
      const color = parse(style.color);
      if (!background || !color) continue;
      const foreground = over({ ...color, a: color.a * Number(style.opacity || 1) }, background);
      const [light, dark] = [luminance(foreground), luminance(background)].sort((x, y) => y - x);
      const size = parseFloat(style.fontSize);
      const bold = Number(style.fontWeight) >= 700;
      results.push({
        text: node.textContent.trim().slice(0, 50),
        color: hex(foreground),
        background: hex(background),
        ratio: Math.round(((light + 0.05) / (dark + 0.05)) * 100) / 100,
        large: size >= 24 || (bold && size >= 18.66),
      });
    }
    return results;
  }, selector);
}
