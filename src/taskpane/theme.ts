/**
 * The Fluent theme of the React pane, as appearance.ts picks it. The light theme ships with the pane's
 * chunk; the dark and high-contrast ones load on demand.
 */
import { useEffect, useState } from 'react';
import { webLightTheme, type Theme } from '@fluentui/react-components';
import {
  FORCED_COLORS_QUERY,
  PREFERS_DARK_QUERY,
  matchesMedia,
  wantedAppearance,
  type AppearanceName,
} from './appearance';
import type { ThemeKind } from './mailbox';

type ExtraThemes = typeof import('./themes-extra');
let extraThemes: ExtraThemes | null = null;

function loadExtraThemes(): Promise<ExtraThemes> {
  return import(/* webpackChunkName: "themes" */ './themes-extra').then((module) => (extraThemes = module));
}

/**
 * Loads the theme the pane wants now, so that a pane mounted after it renders in that theme at once
 * (instead of a "Loading…" line while the dark theme arrives).
 */
export function loadWantedTheme(officeTheme: ThemeKind | null): Promise<void> {
  return themeFor(wantedAppearance(officeTheme))
    ? Promise.resolve()
    : loadExtraThemes().then(() => undefined);
}

function useMediaQuery(query: string): boolean {
  const [matches, setMatches] = useState(() => matchesMedia(query));
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
  const forcedColors = useMediaQuery(FORCED_COLORS_QUERY);
  const systemDark = useMediaQuery(PREFERS_DARK_QUERY);
  const wanted = wantedAppearance(officeTheme, forcedColors, systemDark);
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
