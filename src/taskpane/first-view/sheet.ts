/**
 * The first view's stylesheet: the same style objects the React components give makeStyles, as classes
 * of their own, and the Fluent theme's values for the tokens they use, light, dark or high contrast (so
 * the first view looks like the React pane it is replaced by). Run at build time (build-data.ts), not in
 * the page: the theme code stays out of the first script.
 */
import {
  teamsHighContrastTheme,
  typographyStyles,
  tokens,
  webDarkTheme,
  webLightTheme,
} from '@fluentui/react-theme';
import type { AppearanceName } from '../appearance';
import { appStyles, pageStyles } from '../app.styles';
import { diagnosisViewStyles } from '../components/diagnosis-view.styles';
import { headlineStyles } from '../components/headline.styles';
import { loadingStyles } from '../components/loading.styles';
import { statusTagStyles, type TagTone } from '../components/status-tag.styles';
import { trustAnswerStyles } from '../components/trust-answer.styles';
import { cssRules, tokenDeclarations } from './css';

import { slotClass } from './class-name';

/** What FluentProvider gives its root: the theme's text and background colours and body text. */
const providerLook = {
  color: tokens.colorNeutralForeground1,
  backgroundColor: tokens.colorNeutralBackground1,
  textAlign: 'left',
  ...typographyStyles.body1,
};

/** The tag's slots the first view uses: the large filled tags of the answer and the verdict. */
const { root, large, icon, ...looks } = statusTagStyles;
const filledTags = Object.fromEntries(Object.entries(looks).filter(([slot]) => slot.startsWith('filled-')));

const GROUPS = {
  page: { ...appStyles, provider: { ...providerLook, ...appStyles.provider } },
  loading: loadingStyles,
  diagnosis: diagnosisViewStyles,
  trust: trustAnswerStyles,
  headline: headlineStyles,
  tag: { root, large, icon, ...(filledTags as Pick<typeof looks, `filled-${TagTone}`>) },
};

export type FirstViewGroups = typeof GROUPS;

/** Every class's rules, the same in every appearance. */
export const FIRST_VIEW_RULES =
  cssRules('body', pageStyles.body) +
  Object.entries(GROUPS)
    .flatMap(([group, slots]) =>
      Object.entries(slots).map(([slot, style]) => cssRules(`.${slotClass(group, slot)}`, style)),
    )
    .join('');

const THEMES: Record<AppearanceName, object> = {
  light: webLightTheme,
  dark: webDarkTheme,
  'high-contrast': teamsHighContrastTheme,
};

/** The theme's values of the tokens the rules use, as declarations ("--colorNeutralForeground1:#242424;…"). */
export function themeDeclarations(appearance: AppearanceName): string {
  return tokenDeclarations(FIRST_VIEW_RULES, THEMES[appearance]);
}
