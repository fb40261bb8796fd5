/** What build-data.ts made for the first view at build time, as webpack's DefinePlugin gives it. */
import type { AppearanceName } from '../appearance';
import type { TagIconName } from '../pane-words';

export interface IconShape {
  viewBox: string;
  /** Each path's outline (its `d`). */
  paths: string[];
}

export interface FirstViewBuild {
  /** Every class's rules, the same in every appearance. */
  rules: string;
  /** The Fluent theme's token values the rules use, as declarations, per appearance. */
  themes: Record<AppearanceName, string>;
  icons: Record<TagIconName, IconShape>;
}

declare const __FIRST_VIEW__: FirstViewBuild | undefined;

/** Read once: DefinePlugin writes the data as an object literal wherever __FIRST_VIEW__ is named. */
let build: FirstViewBuild | null = null;

/** The build's data; null in a bundle made without it (the unit tests set their own). */
export function firstViewBuild(): FirstViewBuild | null {
  build ??= typeof __FIRST_VIEW__ === 'object' ? __FIRST_VIEW__ : null;
  return build;
}
