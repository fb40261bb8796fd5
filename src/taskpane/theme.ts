/**
 * Picks the Fluent theme: Windows high contrast (forced-colors) first, then Office's theme, then the
 * system's light/dark preference (standalone). The light theme ships in the first bundle; the dark and
 * high-contrast ones load on demand (a few KB off the first-load budget).
 */
import { useEffect, useState } from 'react';
import { webLightTheme, type Theme } from '@fluentui/react-components';
import type { ThemeKind } from './mailbox';

export type AppearanceName = 'light' | 'dark' | 'high-contrast';

type ExtraThemes = typeof import('./themes-extra');
let extraThemes: ExtraThemes | null = null;

function loadExtraThemes(): Promise<ExtraThemes> {
  return import(/* webpackChunkName: "themes" */ './themes-extra').then((module) => (extraThemes = module));
}

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

function themeFor(name: AppearanceName): Theme | null {
  if (name === 'light') return webLightTheme;
  if (!extraThemes) return null;
  return name === 'dark' ? extraThemes.webDarkTheme : extraThemes.teamsHighContrastTheme;
}

/**
 * The theme to render with, and whether it is the one wanted: while a dark or high-contrast theme is
 * still loading, `ready` is false and the caller waits to show content, so a dark pane never flashes its
 * diagnosis on a light background.
 */
export function useAppearance(officeTheme: ThemeKind | null): {
  name: AppearanceName;
  theme: Theme;
  ready: boolean;
} {
  const forcedColors = useMediaQuery('(forced-colors: active)');
  const systemDark = useMediaQuery('(prefers-color-scheme: dark)');
  const wanted: AppearanceName = forcedColors
    ? 'high-contrast'
    : (officeTheme ? officeTheme === 'dark' : systemDark)
      ? 'dark'
      : 'light';
  const [shown, setShown] = useState<{ name: AppearanceName; theme: Theme }>(() => ({
    name: themeFor(wanted) ? wanted : 'light',
    theme: themeFor(wanted) ?? webLightTheme,
  }));

  useEffect(() => {
    let active = true;
    const ready = themeFor(wanted);
    if (ready) {
      setShown({ name: wanted, theme: ready });
    } else {
      void loadExtraThemes().then(() => {
        const theme = themeFor(wanted);
        if (active && theme) setShown({ name: wanted, theme });
      });
    }
    return () => {
      active = false;
    };
  }, [wanted]);

  return { ...shown, ready: shown.name === wanted };
}
