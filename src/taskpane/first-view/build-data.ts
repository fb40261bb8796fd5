/**
 * Everything the first view needs from Fluent, made at build time (scripts/first-view-build.cjs runs this
 * through esbuild; webpack's DefinePlugin puts the result in the bundle as __FIRST_VIEW__): the stylesheet
 * (sheet.ts) and the tags' icons as SVG shapes, rendered from @fluentui/react-icons. In the page, none of
 * Fluent's code is needed to draw them. The page's opening markup and stylesheet (first-page.ts) are made
 * in the same run, for webpack to write into taskpane.html.
 */
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import * as icons from '@fluentui/react-icons';
import { TAG_ICON_NAMES, type TagIconName } from '../pane-words';
import type { FirstViewBuild, IconShape } from './built';
import { FIRST_VIEW_RULES, themeDeclarations } from './sheet';

export { firstPageHtml } from './first-page';

/** The icon as Fluent renders it: its viewBox and its paths' outlines. */
function iconShape(name: TagIconName): IconShape {
  const markup = renderToStaticMarkup(createElement(icons[name]));
  const viewBox = /viewBox="([^"]*)"/.exec(markup)?.[1];
  const paths = Array.from(markup.matchAll(/<path d="([^"]*)"/g), (match) => match[1]);
  if (!viewBox || paths.length === 0) throw new Error(`${name}: no SVG shape in ${markup}`);
  return { viewBox, paths };
}

export function firstViewBuildData(): FirstViewBuild {
  return {
    rules: FIRST_VIEW_RULES,
    themes: {
      light: themeDeclarations('light'),
      dark: themeDeclarations('dark'),
      'high-contrast': themeDeclarations('high-contrast'),
    },
    icons: Object.fromEntries(TAG_ICON_NAMES.map((name) => [name, iconShape(name)])) as Record<
      TagIconName,
      IconShape
    >,
  };
}
