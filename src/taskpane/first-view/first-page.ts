/**
 * The first view's opening state (the title and "Connecting to Outlook…") as markup and a stylesheet that
 * the build writes into taskpane.html: the browser draws them in its first paint, while the scripts are
 * still downloading and compiling, instead of after the first script has run. That first layout (fonts
 * included) is then done by the time the verdict needs one. FirstView takes these elements over.
 */
import { FORCED_COLORS_QUERY, PREFERS_DARK_QUERY } from '../appearance';
import { escapeHtml } from '../escape-html';
import { CONNECTING_STATUS, PANE_TITLE } from '../pane-words';
import type { FirstViewBuild } from './built';
import { className } from './class-name';

/** The id of the page's <style> element that FirstView goes on using. */
export const FIRST_PAGE_STYLE_ID = 'first-view-style';

/** The elements FirstView builds for its first status line, as the HTML of the pane's root element. */
function firstPageMarkup(): string {
  const classOf = (name: string): string => `class="${escapeHtml(name)}"`;
  return (
    `<div ${classOf(className('page', 'provider'))} dir="ltr">` +
    `<main ${classOf(className('page', 'main'))}>` +
    `<h1 ${classOf(className('page', 'title'))}>${escapeHtml(PANE_TITLE)}</h1>` +
    `<p ${classOf(className('loading', 'root'))} role="status">${escapeHtml(CONNECTING_STATUS)}</p>` +
    `</main></div>`
  );
}

/**
 * The first view's stylesheet before anything is known about Outlook's theme: the appearance the first
 * view would choose without one (appearance.ts: high contrast, else the system's dark or light), chosen by
 * media queries, as the page has not run a script yet.
 */
function firstPageStylesheet({ rules, themes }: FirstViewBuild): string {
  const provider = `.${className('page', 'provider')}`;
  return (
    `${provider}{${themes.light}}` +
    `@media ${PREFERS_DARK_QUERY}{${provider}{${themes.dark}}}` +
    `@media ${FORCED_COLORS_QUERY}{${provider}{${themes['high-contrast']}}}` +
    rules
  );
}

/** For taskpane.html: `head`, the stylesheet's <style> element; `root`, the content of the root element. */
export function firstPageHtml(build: FirstViewBuild): { head: string; root: string } {
  return {
    head: `<style id="${FIRST_PAGE_STYLE_ID}">${firstPageStylesheet(build)}</style>`,
    root: firstPageMarkup(),
  };
}
