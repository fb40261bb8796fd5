/** The first view's stylesheet for one appearance, from what the build made (built.ts). */
import type { AppearanceName } from '../appearance';
import { firstViewBuild } from './built';
import { className } from './class-name';

export function firstViewStylesheet(appearance: AppearanceName): string {
  const built = firstViewBuild();
  if (!built) return '';
  return `.${className('page', 'provider')}{${built.themes[appearance]}}${built.rules}`;
}
