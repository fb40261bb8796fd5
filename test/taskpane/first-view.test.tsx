/** @jest-environment jsdom */
/**
 * The first view draws the reader's answer and the verdict without React: the same words, headings and
 * structure as the React pane's TrustAnswer and Headline, header text only ever as text, and the Fluent
 * theme's colours for the appearance asked for.
 */
import './pane-test-setup';
import { render } from '@testing-library/react';
import {
  FluentProvider,
  teamsHighContrastTheme,
  webDarkTheme,
  webLightTheme,
} from '@fluentui/react-components';
import { analyzeHeaders, type Analysis } from '../../src/taskpane/analysis';
import { DiagnosisView } from '../../src/taskpane/components/diagnosis-view';
import { FirstView } from '../../src/taskpane/first-view/first-view';
import { firstPageHtml, firstViewBuildData } from '../../src/taskpane/first-view/build-data';
import { fixture } from './helpers';

const globals = globalThis as { __FIRST_VIEW__?: unknown };

beforeAll(() => {
  // What webpack's DefinePlugin gives the bundle (scripts/first-view-build.cjs runs the same function).
  globals.__FIRST_VIEW__ = firstViewBuildData();
});

afterAll(() => {
  delete globals.__FIRST_VIEW__;
});

afterEach(() => {
  document.head.querySelectorAll('style').forEach((style) => style.remove());
});

const FIXTURES = [
  'exchange-online/explicit-000-oreject.eml',
  'exchange-online/inbound-pass-100.eml',
  'exchange-online/impersonation-9.20-lookalike.eml',
];

function firstViewOf(analysis: Analysis, appearance: 'light' | 'dark' = 'light'): HTMLElement {
  const container = document.createElement('div');
  document.body.append(container);
  new FirstView(container).showDiagnosis(analysis, appearance);
  return container;
}

/** Each section's heading (its accessible name is its text) and its whole text, in order. */
function sections(root: HTMLElement): { heading: string; text: string; labelledBy: string | null }[] {
  return Array.from(root.querySelectorAll('section')).map((section) => ({
    heading: section.querySelector('h2')?.textContent ?? '',
    text: section.textContent ?? '',
    labelledBy: section.getAttribute('aria-labelledby'),
  }));
}

test.each(FIXTURES)('%s: the same answer and verdict, word for word, as the React pane', (name) => {
  const analysis = analyzeHeaders(fixture(name), 'mailbox', 'The selected message', 'payables@contoso.com');
  const first = firstViewOf(analysis);
  const react = render(
    <FluentProvider theme={webLightTheme}>
      <DiagnosisView analysis={analysis} />
    </FluentProvider>,
  ).container;

  const drawn = sections(first);
  expect(drawn).toHaveLength(2);
  // The React view's details come later, in sections of their own: the first two are the answer and verdict.
  expect(sections(react).slice(0, 2)).toEqual(drawn);
  expect(drawn[0].heading.endsWith(analysis.diagnosis.trust.headline)).toBe(true);
  expect(drawn[1].heading).toMatch(/^Verdict(Pass|Fail|Needs attention|Unknown)$/);
  // The same Fluent icons in the two tags, hidden from screen readers as React hides them.
  const outlines = (root: HTMLElement): (string | null)[] =>
    Array.from(root.querySelectorAll('section'))
      .slice(0, 2)
      .flatMap((section) => Array.from(section.querySelectorAll('[aria-hidden="true"] svg path')))
      .map((path) => path.getAttribute('d'));
  expect(outlines(first)).toHaveLength(2);
  expect(outlines(first)).toEqual(outlines(react));
  for (const id of ['trust-heading', 'verdict-heading']) {
    const heading = first.querySelector(`#${id}`) as HTMLElement;
    expect(heading.tagName).toBe('H2');
    expect(heading.tabIndex).toBe(-1);
  }
  expect(first.querySelector('h1')?.textContent).toBe('Auth Doctor');
  expect(first.querySelector('main')).not.toBeNull();
});

test('header text (markup, handlers) is text in the first view: no element comes from it', () => {
  const analysis = analyzeHeaders(fixture('hostile.eml'), 'mailbox', 'The selected message');
  const first = firstViewOf(analysis);
  expect(first.querySelector('img, script, a, iframe, foreignObject')).toBeNull();
  // The only SVG is the two tags' icons, from the build.
  expect(first.querySelectorAll('svg')).toHaveLength(2);
  for (const element of Array.from(first.querySelectorAll('*'))) {
    for (const attribute of Array.from(element.attributes)) expect(attribute.name).not.toMatch(/^on/i);
  }
  expect(first.textContent).toContain('<img src=x onerror=alert(1)>');
});

test('one page for every state: the same title and status line, only their content changes', () => {
  const container = document.createElement('div');
  const view = new FirstView(container);
  view.showStatus('Connecting to Outlook…', 'light');
  const status = container.querySelector('[role="status"]');
  const title = container.querySelector('h1');
  expect(status?.textContent).toBe('Connecting to Outlook…');
  view.showStatus("Reading this message's headers…", 'dark');
  const analysis = analyzeHeaders(fixture(FIXTURES[1]), 'mailbox', 'The selected message');
  view.showDiagnosis(analysis, 'light');
  // The status line is still there (a live region announces changes, not its own arrival), now silent.
  expect(container.querySelectorAll('[role="status"]')).toHaveLength(1);
  expect(container.querySelector('[role="status"]')).toBe(status);
  expect(status?.textContent).toBe('');
  expect(container.querySelector('h1')).toBe(title);
  expect(container.querySelectorAll('section')).toHaveLength(2);
  view.showStatus("Reading this message's headers…", 'light');
  expect(container.querySelectorAll('section')).toHaveLength(0);
  expect(container.querySelector('[role="status"]')).toBe(status);
});

test('a verdict that is no key of its own in the words (an inherited name) is shown as unknown', () => {
  const analysis = analyzeHeaders(fixture(FIXTURES[1]), 'mailbox', 'The selected message');
  // A diagnosis from elsewhere (a pasted JSON) may carry any string.
  Object.assign(analysis.diagnosis, { verdict: 'constructor' });
  Object.assign(analysis.diagnosis.trust, { level: 'toString' });
  const first = firstViewOf(analysis);
  expect(first.querySelector('#verdict-heading')?.textContent).toBe('VerdictUnknown');
  expect(first.querySelectorAll('[aria-hidden="true"] svg path').length).toBeGreaterThan(0);
  const react = render(
    <FluentProvider theme={webLightTheme}>
      <DiagnosisView analysis={analysis} />
    </FluentProvider>,
  ).container;
  expect(sections(react).slice(0, 2)).toEqual(sections(first));
});

test('the stylesheet carries the Fluent theme asked for, and goes when the view is disposed', () => {
  const analysis = analyzeHeaders(fixture(FIXTURES[0]), 'mailbox', 'The selected message');
  const container = document.createElement('div');
  const view = new FirstView(container);
  view.showDiagnosis(analysis, 'dark');
  const css = document.head.querySelector('style')?.textContent ?? '';
  expect(css).toContain(`--colorNeutralBackground1:${webDarkTheme.colorNeutralBackground1}`);
  expect(css).toContain(`--colorPaletteRedBackground3:${webDarkTheme.colorPaletteRedBackground3}`);
  expect(css).not.toContain(`--colorNeutralBackground1:${webLightTheme.colorNeutralBackground1}`);
  const provider = container.firstElementChild as HTMLElement;
  expect(provider.dataset.theme).toBe('dark');
  // Every class the view uses has rules in the sheet.
  for (const element of Array.from(container.querySelectorAll('[class]'))) {
    for (const name of Array.from(element.classList)) expect(css).toContain(`.${name}{`);
  }
  view.dispose();
  expect(document.head.querySelector('style')).toBeNull();
});

/** A container holding what taskpane.html draws before any script runs, its stylesheet in the head. */
function drawnPage(): HTMLElement {
  const { head, root } = firstPageHtml(firstViewBuildData());
  document.head.insertAdjacentHTML('beforeend', head);
  const container = document.createElement('div');
  container.innerHTML = root;
  document.body.append(container);
  return container;
}

test('taskpane.html draws the very elements the first view builds for "Connecting to Outlook…"', () => {
  const built = document.createElement('div');
  new FirstView(built).showStatus('Connecting to Outlook…', 'light');
  const drawn = drawnPage();
  // The view marks the appearance it chose; the page cannot know it yet (its stylesheet asks the system).
  (built.firstElementChild as HTMLElement).removeAttribute('data-theme');
  expect(drawn.innerHTML).toBe(built.innerHTML);
  const css = document.getElementById('first-view-style')?.textContent ?? '';
  expect(css).toContain(`--colorNeutralBackground1:${webLightTheme.colorNeutralBackground1}`);
  const block = (query: string): string =>
    new RegExp(`@media \\(${query}\\)\\{\\.auth-doctor-first-page-provider\\{([^}]*)\\}\\}`).exec(css)?.[1] ??
    '';
  expect(block('prefers-color-scheme: dark')).toContain(
    `--colorNeutralBackground1:${webDarkTheme.colorNeutralBackground1}`,
  );
  expect(block('forced-colors: active')).toContain(
    `--colorNeutralBackground1:${teamsHighContrastTheme.colorNeutralBackground1}`,
  );
});

test('the first view takes over the page taskpane.html drew: its title, status line and stylesheet', () => {
  const container = drawnPage();
  const title = container.querySelector('h1');
  const status = container.querySelector('[role="status"]');
  const view = new FirstView(container);
  view.showStatus('Connecting to Outlook…', 'light');
  expect(container.querySelector('h1')).toBe(title);
  expect(container.querySelector('[role="status"]')).toBe(status);
  view.showStatus("Reading this message's headers…", 'dark');
  expect(status?.textContent).toBe("Reading this message's headers…");
  const analysis = analyzeHeaders(fixture(FIXTURES[1]), 'mailbox', 'The selected message');
  view.showDiagnosis(analysis, 'dark');
  expect(container.querySelectorAll('h1')).toHaveLength(1);
  expect(container.querySelectorAll('[role="status"]')).toHaveLength(1);
  expect(container.querySelectorAll('section')).toHaveLength(2);
  // One stylesheet, the page's, now for the appearance the view was asked for.
  expect(document.head.querySelectorAll('style')).toHaveLength(1);
  const css = document.getElementById('first-view-style')?.textContent ?? '';
  expect(css).toContain(`--colorNeutralBackground1:${webDarkTheme.colorNeutralBackground1}`);
  expect(css).not.toContain('@media (prefers-color-scheme: dark)');
  view.dispose();
  expect(document.head.querySelector('style')).toBeNull();
});

test("the page's own stylesheet stays while the view is in the appearance its media queries chose", () => {
  // jsdom matches no media query: the page's stylesheet shows the light appearance.
  const container = drawnPage();
  const style = document.getElementById('first-view-style');
  const pageCss = style?.textContent;
  const view = new FirstView(container);
  view.showStatus('Connecting to Outlook…', 'light');
  const analysis = analyzeHeaders(fixture(FIXTURES[1]), 'mailbox', 'The selected message');
  view.showDiagnosis(analysis, 'light');
  expect(document.getElementById('first-view-style')).toBe(style);
  expect(style?.textContent).toBe(pageCss);
  expect((container.firstElementChild as HTMLElement).dataset.theme).toBe('light');
  // Another appearance (Outlook's theme) replaces it.
  view.showDiagnosis(analysis, 'dark');
  expect(style?.textContent).toContain(`--colorNeutralBackground1:${webDarkTheme.colorNeutralBackground1}`);
  expect(style?.textContent).not.toContain('@media (prefers-color-scheme: dark)');
  view.dispose();
});
