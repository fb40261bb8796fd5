/**
 * The first view's stylesheet, made at build time from sheet.ts (scripts/first-view-css.cjs, through
 * webpack's DefinePlugin): the rules once, and the Fluent theme's token values for each appearance.
 */
import type { AppearanceName } from '../appearance';
import { className } from './class-name';

export interface FirstViewCss {
  rules: string;
  themes: Record<AppearanceName, string>;
}

declare const __FIRST_VIEW_CSS__: FirstViewCss | undefined;

/** The whole stylesheet for one appearance; empty in a bundle made without it (unit tests set their own). */
export function firstViewStylesheet(appearance: AppearanceName): string {
  if (typeof __FIRST_VIEW_CSS__ !== 'object') return '';
  const { rules, themes } = __FIRST_VIEW_CSS__;
  return `.${className('page', 'provider')}{${themes[appearance]}}${rules}`;
}
