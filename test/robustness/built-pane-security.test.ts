/**
 * Security of the built task pane (issue 6), read from dist/ as it ships (`npm test` builds first):
 * - the Content-Security-Policy of dist/taskpane.html: scripts only from the pane itself and Office.js's
 *   CDN directory, no inline or eval'd script, no plugins, no network but the pane's own origin, no <base> or
 *   form tricks; the policy comes before the first script (a meta CSP only covers what follows it);
 * - no eval and no Function constructor anywhere in the production JavaScript: each bundle is parsed (the
 *   TypeScript parser reads JavaScript) and every call is inspected, so a string that merely contains
 *   "eval(" or a name such as `execUnsafeLocalFunction(` is not mistaken for one, and `window.eval(…)`,
 *   `new Function(…)` and `Function(…)` are all found.
 * Headers are attacker-controlled text: if something ever renders them as HTML, the CSP is what stops an
 * injected script from running.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { DIST, describeBuilt } from '../support/built-dist';

const HTML_PATH = join(DIST, 'taskpane.html');
/** Office.js must load from Microsoft's CDN in production (webpack.config.js). */
const OFFICE_JS_ORIGIN = 'https://appsforoffice.microsoft.com';
/** The CDN directory Office.js and the Outlook scripts it loads come from: the only remote script source. */
const OFFICE_JS_PATH = `${OFFICE_JS_ORIGIN}/lib/1/hosted/`;

/** The content of the <meta http-equiv="Content-Security-Policy"> tag, and where the tag starts. */
function metaCsp(html: string): { policy: string; index: number } | null {
  for (const m of html.matchAll(/<meta\b[^>]*>/gi)) {
    const tag = m[0];
    if (!/http-equiv\s*=\s*["']?content-security-policy["'\s>]/i.test(tag)) continue;
    const content = /\bcontent\s*=\s*(?:"([^"]*)"|'([^']*)')/i.exec(tag);
    if (content) return { policy: content[1] ?? content[2], index: m.index ?? 0 };
  }
  return null;
}

/** Directive name → its source list (lower-cased names, sources as written). */
function parseCsp(policy: string): Map<string, string[]> {
  const directives = new Map<string, string[]>();
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    // The first occurrence of a directive wins (CSP Level 3 §2.2.1): later duplicates are ignored.
    if (name && !directives.has(name.toLowerCase())) directives.set(name.toLowerCase(), sources);
  }
  return directives;
}

/** The <script> tags: src (null for inline) and where each starts. */
function scripts(html: string): { src: string | null; index: number }[] {
  return [...html.matchAll(/<script\b([^>]*)>/gi)].map((m) => {
    const src = /\bsrc\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/i.exec(m[1]);
    return { src: src ? (src[1] ?? src[2] ?? src[3]) : null, index: m.index ?? 0 };
  });
}

describeBuilt('Content-Security-Policy of dist/taskpane.html', () => {
  const html = readFileSync(HTML_PATH, 'utf8');
  const csp = metaCsp(html);
  const directives = parseCsp(csp?.policy ?? '');
  /** The sources that govern scripts: script-src, or default-src when there is none. */
  const scriptSources = directives.get('script-src') ?? directives.get('default-src') ?? [];

  it('is declared in a meta tag before the first script', () => {
    expect(csp).not.toBeNull();
    const first = scripts(html)[0];
    if (first) expect(csp?.index ?? Infinity).toBeLessThan(first.index);
  });

  it("default-src is 'self' or 'none'", () => {
    expect([["'self'"], ["'none'"]]).toContainEqual(directives.get('default-src'));
  });

  it("script-src allows only the pane itself and Office.js's CDN path: no inline script, no eval", () => {
    expect(directives.has('script-src')).toBe(true);
    expect(scriptSources).toEqual(["'self'", OFFICE_JS_PATH]);
    for (const unsafe of [
      "'unsafe-inline'",
      "'unsafe-eval'",
      "'wasm-unsafe-eval'",
      "'unsafe-hashes'",
      '*',
      'data:',
      'blob:',
      'http:',
      'https:',
    ]) {
      expect(scriptSources).not.toContain(unsafe);
    }
  });

  it("object-src is 'none', base-uri and form-action are locked", () => {
    expect(directives.get('object-src')).toEqual(["'none'"]);
    expect([["'none'"], ["'self'"]]).toContainEqual(directives.get('base-uri'));
    expect(directives.get('form-action')).toEqual(["'none'"]);
  });

  it("connect-src is 'self' only: the pane talks to no server the user did not ask for", () => {
    expect(directives.get('connect-src')).toEqual(["'self'"]);
  });

  it('no other directive opens the page to any host or to eval', () => {
    for (const [name, sources] of directives) {
      expect({ name, wildcard: sources.includes('*') }).toEqual({ name, wildcard: false });
      expect({ name, eval: sources.includes("'unsafe-eval'") }).toEqual({ name, eval: false });
    }
  });

  it('every script is an external file the policy allows (no inline script)', () => {
    const tags = scripts(html);
    expect(tags.length).toBeGreaterThan(0);
    for (const tag of tags) {
      expect(tag.src).not.toBeNull();
      const src = tag.src ?? '';
      const external = /^https?:\/\//i.test(src);
      expect({ src, allowed: external ? src.startsWith(OFFICE_JS_PATH) : true }).toEqual({
        src,
        allowed: true,
      });
      if (!external) expect(existsSync(join(DIST, src))).toBe(true);
    }
  });

  it('Office.js is preloaded from the CDN path the policy allows, never by a parser-blocking script tag', () => {
    const preload = /<link\b[^>]*\bid=["']?office-js["'\s>][^>]*>/i.exec(html)?.[0] ?? '';
    const href = /\bhref=["']?([^"'\s>]+)/i.exec(preload)?.[1] ?? '';
    expect(href).toBe(`${OFFICE_JS_PATH}office.js`);
    expect(scripts(html).filter((tag) => tag.src?.includes('office'))).toEqual([]);
  });
});

/** Every eval-like call in a JavaScript text: "name:line: call". */
function evalCalls(name: string, text: string): string[] {
  const file = ts.createSourceFile(name, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.JS);
  const found: string[] = [];
  /** `eval` / `Function`, bare or as a property (`window.eval`, `globalThis.Function`). */
  const evalLike = (callee: ts.Expression): boolean => {
    const inner = ts.isParenthesizedExpression(callee) ? callee.expression : callee;
    const name = ts.isIdentifier(inner)
      ? inner.text
      : ts.isPropertyAccessExpression(inner)
        ? inner.name.text
        : ts.isElementAccessExpression(inner) && ts.isStringLiteral(inner.argumentExpression)
          ? inner.argumentExpression.text
          : null;
    return name === 'eval' || name === 'Function';
  };
  const visit = (node: ts.Node): void => {
    if ((ts.isCallExpression(node) || ts.isNewExpression(node)) && evalLike(node.expression)) {
      const line = file.getLineAndCharacterOfPosition(node.getStart(file)).line + 1;
      found.push(`${name}:${line}: ${node.getText(file).slice(0, 80)}`);
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return found;
}

describe('the eval scanner', () => {
  it('finds eval-like calls and ignores look-alikes', () => {
    const code = [
      'var a = "eval(1)"; execUnsafeLocalFunction(f); isFunction(x); o.evaluate(1); // eval(2)',
      'eval("1"); window.eval("2"); new Function("return this")(); Function("x"); g["eval"]("3");',
    ].join('\n');
    expect(evalCalls('sample.js', code)).toEqual([
      'sample.js:2: eval("1")',
      'sample.js:2: window.eval("2")',
      'sample.js:2: new Function("return this")',
      'sample.js:2: Function("x")',
      'sample.js:2: g["eval"]("3")',
    ]);
  });
});

describeBuilt('production JavaScript of the task pane (dist/*.js)', () => {
  const bundles = readdirSync(DIST)
    .filter((name) => name.endsWith('.js'))
    .map((name) => join(DIST, name));

  it('exists', () => {
    expect(bundles.length).toBeGreaterThan(0);
  });

  it('has no eval, no new Function, no Function() in any chunk', () => {
    expect(
      bundles.flatMap((path) => evalCalls(path.slice(DIST.length + 1), readFileSync(path, 'utf8'))),
    ).toEqual([]);
  });
});
