/**
 * The pane before React: its title with a status line, then the reader's answer and the verdict of the
 * open message, built with the DOM alone (header text is attacker-controlled: every string goes in as
 * text, never as markup). The elements, headings, ids and classes' looks are the React pane's (TrustAnswer,
 * Headline), so that when React replaces this view in one commit nothing moves and nothing is announced
 * twice; the tags' icons are Fluent's, drawn from the shapes the build took from them (built.ts).
 */
import type { Analysis } from '../analysis';
import { wantedAppearance, type AppearanceName } from '../appearance';
import {
  NEXT_STEP_LEAD,
  PANE_TITLE,
  TRUST_SIGNALS_LABEL,
  TRUST_WORDS,
  VERDICT_HEADING,
  VERDICT_WORDS,
  messageDetailRows,
  transitSeconds,
  type TagIconName,
  type TagWords,
} from '../pane-words';
import { firstViewBuild } from './built';
import { className } from './class-name';
import { FIRST_PAGE_STYLE_ID } from './first-page';
import { firstViewStylesheet } from './stylesheet';

type Child = Node | string;

function element(doc: Document, tag: string, name: string | null, ...children: Child[]): HTMLElement {
  const node = doc.createElement(tag);
  if (name) node.className = name;
  node.append(...children.map((child) => (typeof child === 'string' ? doc.createTextNode(child) : child)));
  return node;
}

const SVG = 'http://www.w3.org/2000/svg';

/** The icon as StatusTag shows it (a hidden box around Fluent's SVG), or nothing in a build without it. */
function icon(doc: Document, name: TagIconName): HTMLElement[] {
  const shape = firstViewBuild()?.icons[name];
  if (!shape) return [];
  const svg = doc.createElementNS(SVG, 'svg');
  for (const [attribute, value] of Object.entries({
    fill: 'currentColor',
    'aria-hidden': 'true',
    width: '16',
    height: '16',
    viewBox: shape.viewBox,
  })) {
    svg.setAttribute(attribute, value);
  }
  for (const outline of shape.paths) {
    const path = doc.createElementNS(SVG, 'path');
    path.setAttribute('d', outline);
    path.setAttribute('fill', 'currentColor');
    svg.append(path);
  }
  const box = element(doc, 'span', className('tag', 'icon'), svg);
  box.setAttribute('aria-hidden', 'true');
  return [box];
}

function tag(doc: Document, words: TagWords): HTMLElement {
  const classes = [
    className('tag', 'root'),
    className('tag', 'large'),
    className('tag', `filled-${words.tone}`),
  ];
  const label = element(doc, 'span', null, words.label);
  return element(doc, 'span', classes.join(' '), ...icon(doc, words.icon), label);
}

/** A heading the pane may move focus to (tabindex -1), labelling its section. */
function heading(doc: Document, id: string, name: string, ...children: Child[]): HTMLElement {
  const node = element(doc, 'h2', name, ...children);
  node.id = id;
  node.tabIndex = -1;
  return node;
}

function section(doc: Document, name: string, labelledBy: string, ...children: Child[]): HTMLElement {
  const node = element(doc, 'section', name, ...children);
  node.setAttribute('aria-labelledby', labelledBy);
  return node;
}

function trustAnswer(doc: Document, analysis: Analysis): HTMLElement {
  const { trust } = analysis.diagnosis;
  const level = Object.hasOwn(TRUST_WORDS, trust.level) ? trust.level : 'unverified';
  const children: Child[] = [
    heading(
      doc,
      'trust-heading',
      className('trust', 'heading'),
      tag(doc, TRUST_WORDS[level]),
      element(doc, 'span', null, trust.headline),
    ),
    element(
      doc,
      'p',
      className('trust', 'advice'),
      element(doc, 'strong', null, NEXT_STEP_LEAD),
      trust.advice,
    ),
  ];
  if (trust.signals.length > 0) {
    const list = element(
      doc,
      'ul',
      className('trust', 'signals'),
      ...trust.signals.map((signal) => element(doc, 'li', null, signal.text)),
    );
    list.setAttribute('aria-label', TRUST_SIGNALS_LABEL);
    children.push(list);
  }
  const classes = `${className('trust', 'root')} ${className('trust', level)}`;
  return section(doc, classes, 'trust-heading', ...children);
}

function headline(doc: Document, analysis: Analysis): HTMLElement {
  const { diagnosis } = analysis;
  const verdict = Object.hasOwn(VERDICT_WORDS, diagnosis.verdict) ? diagnosis.verdict : 'unknown';
  const row = className('headline', 'metaRow');
  const rows = messageDetailRows(diagnosis.message, transitSeconds(diagnosis));
  return section(
    doc,
    className('headline', 'root'),
    'verdict-heading',
    heading(
      doc,
      'verdict-heading',
      className('headline', 'heading'),
      element(doc, 'span', null, VERDICT_HEADING),
      tag(doc, VERDICT_WORDS[verdict]),
    ),
    element(doc, 'p', className('headline', 'summary'), diagnosis.summary),
    element(
      doc,
      'p',
      className('headline', 'meta'),
      element(doc, 'span', row, analysis.label),
      ...rows.map((detail) => element(doc, 'span', row, detail.text)),
    ),
  );
}

/** The page's own first view (first-page.ts) in `container`, when taskpane.html drew one. */
function drawnPage(
  container: HTMLElement,
): { style: HTMLStyleElement; provider: HTMLElement; status: HTMLElement } | null {
  const style = container.ownerDocument.getElementById(FIRST_PAGE_STYLE_ID);
  const provider = container.firstElementChild;
  const status = provider?.querySelector(`p.${className('loading', 'root')}[role="status"]`);
  if (
    !(style instanceof HTMLStyleElement) ||
    !(provider instanceof HTMLElement) ||
    !provider.classList.contains(className('page', 'provider')) ||
    !(status instanceof HTMLElement)
  ) {
    return null;
  }
  return { style, provider, status };
}

/**
 * The page is built once (or taken over from taskpane.html, which drew it): a provider, main, the title and
 * one status line. Each state then changes only the status text and the diagnosis between the two, so a
 * screen reader announces the status line's new text (a live region inserted anew often is not) and keeps
 * its place on the title.
 */
export class FirstView {
  private readonly style: HTMLStyleElement;
  /**
   * The appearance the stylesheet is for: parsing it again for each view would cost the first frames.
   * 'system' is taskpane.html's own stylesheet, which its media queries set to the appearance
   * wantedAppearance(null) would choose.
   */
  private styledFor: AppearanceName | 'system' | null = null;
  private readonly provider: HTMLElement;
  /** The diagnosis shown, between the title and the status line. */
  private shown: HTMLElement | null = null;
  /** After the content: an error shown with a drawn verdict goes below it. Empty, it has no height. */
  private readonly status: HTMLElement;

  constructor(
    private readonly container: HTMLElement,
    private readonly doc: Document = container.ownerDocument,
  ) {
    const drawn = drawnPage(container);
    if (drawn) {
      ({ style: this.style, provider: this.provider, status: this.status } = drawn);
      this.styledFor = 'system';
      return;
    }
    this.style = doc.createElement('style');
    doc.head.append(this.style);
    this.status = element(doc, 'p', className('loading', 'root'));
    this.status.setAttribute('role', 'status');
    const main = element(
      doc,
      'main',
      className('page', 'main'),
      element(doc, 'h1', className('page', 'title'), PANE_TITLE),
      this.status,
    );
    this.provider = element(doc, 'div', className('page', 'provider'), main);
    this.provider.dir = 'ltr';
  }

  /** The title and one status line ("Connecting to Outlook…"), announced as a status; no diagnosis. */
  showStatus(text: string, appearance: AppearanceName): void {
    this.show(appearance, null);
    // The page may already say it (taskpane.html draws "Connecting…"): the same words are not news.
    if (this.status.textContent !== text) this.status.textContent = text;
  }

  /** The reader's answer and the verdict of one diagnosis, under the title. */
  showDiagnosis(analysis: Analysis, appearance: AppearanceName): void {
    const column = element(
      this.doc,
      'div',
      className('diagnosis', 'root'),
      trustAnswer(this.doc, analysis),
      headline(this.doc, analysis),
    );
    this.show(appearance, column);
    this.status.textContent = '';
  }

  /** An error in the status line, below whatever is shown (a drawn verdict stays). */
  showError(text: string): void {
    this.status.textContent = text;
  }

  /** Removes the first view's stylesheet (React has replaced its elements). */
  dispose(): void {
    this.style.remove();
  }

  private show(appearance: AppearanceName, content: HTMLElement | null): void {
    // Replacing the page's stylesheet by one that looks the same would still restyle the whole page
    // (measured: 1–4 ms of the first view's script in a fresh pane).
    const styled = this.styledFor === 'system' ? wantedAppearance(null) : this.styledFor;
    if (styled !== appearance) {
      this.style.textContent = firstViewStylesheet(appearance);
      this.styledFor = appearance;
    }
    if (this.provider.dataset.theme !== appearance) this.provider.dataset.theme = appearance;
    this.shown?.remove();
    if (content) this.status.before(content);
    this.shown = content;
    if (this.provider.parentNode !== this.container) this.container.replaceChildren(this.provider);
  }
}
