/**
 * Which Fluent theme the pane wants: Windows high contrast (forced-colors) first, then Office's theme, then
 * the system's light/dark preference (standalone). Plain functions, no React: the first view (first-view/)
 * and the React pane (theme.ts) decide the same way.
 */
import type { ThemeKind } from './mailbox';

export type AppearanceName = 'light' | 'dark' | 'high-contrast';

export const FORCED_COLORS_QUERY = '(forced-colors: active)';
export const PREFERS_DARK_QUERY = '(prefers-color-scheme: dark)';

export function matchesMedia(query: string): boolean {
  return (
    typeof window !== 'undefined' &&
    typeof window.matchMedia === 'function' &&
    window.matchMedia(query).matches
  );
}

export function wantedAppearance(
  officeTheme: ThemeKind | null,
  forcedColors: boolean = matchesMedia(FORCED_COLORS_QUERY),
  systemDark: boolean = matchesMedia(PREFERS_DARK_QUERY),
): AppearanceName {
  if (forcedColors) return 'high-contrast';
  return (officeTheme ? officeTheme === 'dark' : systemDark) ? 'dark' : 'light';
}
