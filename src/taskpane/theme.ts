/**
 * Picks the Fluent theme: Windows high contrast (forced-colors) first, then Office's theme, then the
 * system's light/dark preference (standalone).
 */
import { useEffect, useState } from 'react';
import { teamsHighContrastTheme, webDarkTheme, webLightTheme, type Theme } from '@fluentui/react-components';
import type { ThemeKind } from './mailbox';

export type AppearanceName = 'light' | 'dark' | 'high-contrast';

function useMediaQuery(query: string): boolean {
  const read = (): boolean =>
    typeof window !== 'undefined' &&
    typeof window.matchMedia === 'function' &&
    window.matchMedia(query).matches;
  const [matches, setMatches] = useState(read);
  useEffect(() => {
    if (typeof window === 'undefined' || typeof window.matchMedia !== 'function') return undefined;
    const list = window.matchMedia(query);
    const update = (): void => setMatches(list.matches);
    update();
    list.addEventListener?.('change', update);
    return () => list.removeEventListener?.('change', update);
  }, [query]);
  return matches;
}

export function useAppearance(officeTheme: ThemeKind | null): { name: AppearanceName; theme: Theme } {
  const forcedColors = useMediaQuery('(forced-colors: active)');
  const systemDark = useMediaQuery('(prefers-color-scheme: dark)');
  if (forcedColors) return { name: 'high-contrast', theme: teamsHighContrastTheme };
  const dark = officeTheme ? officeTheme === 'dark' : systemDark;
  return dark ? { name: 'dark', theme: webDarkTheme } : { name: 'light', theme: webLightTheme };
}
