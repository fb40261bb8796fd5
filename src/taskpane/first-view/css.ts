/**
 * The pane's Griffel style objects (the *.styles.ts files) as CSS text, for the first view, which draws
 * before Griffel and React have loaded. Handles what those objects use: camelCase properties, nested
 * pseudo-classes (":focus-visible"), "&" selectors and @media blocks.
 */

const kebab = (property: string): string => property.replace(/[A-Z]/g, (upper) => `-${upper.toLowerCase()}`);

/** CSS rules for `style` on `selector` (a nested object is a pseudo-class, an "&" selector or an @-block). */
export function cssRules(selector: string, style: object): string {
  const declarations: string[] = [];
  const nested: string[] = [];
  for (const [key, value] of Object.entries(style) as [string, unknown][]) {
    if (value !== null && typeof value === 'object') {
      if (key.startsWith('@')) nested.push(`${key}{${cssRules(selector, value)}}`);
      else nested.push(cssRules(key.includes('&') ? key.replaceAll('&', selector) : selector + key, value));
    } else if (typeof value === 'string' || typeof value === 'number') {
      declarations.push(`${kebab(key)}:${value}`);
    }
  }
  return (declarations.length > 0 ? `${selector}{${declarations.join(';')}}` : '') + nested.join('');
}

/**
 * Declarations of the Fluent tokens `css` refers to (`var(--colorNeutralForeground1)` …), with their values
 * in `theme`: what FluentProvider would set for those tokens.
 */
export function tokenDeclarations(css: string, theme: object): string {
  const values = theme as Record<string, unknown>;
  const names = new Set(Array.from(css.matchAll(/var\(--(\w+)\)/g), (match) => match[1]));
  return [...names]
    .filter((name) => typeof values[name] === 'string' || typeof values[name] === 'number')
    .map((name) => `--${name}:${String(values[name])}`)
    .join(';');
}
