/**
 * The first view's stylesheet: the same style objects the React components give makeStyles, as classes
 * of their own, and the Fluent theme's values for the tokens they use, light, dark or high contrast as
 * appearance.ts decides (so the first view looks like the React pane it is replaced by).
 */
import { teamsHighContrastTheme, typographyStyles, tokens, webDarkTheme, webLightTheme } from '@fluentui/react-theme';
import type { AppearanceName } from '../appearance';
import { appStyles, pageStyles } from '../app.styles';
import { diagnosisViewStyles } from '../components/diagnosis-view.styles';
import { headlineStyles } from '../components/headline.styles';
import { loadingStyles } from '../components/loading.styles';
import { statusTagStyles } from '../components/status-tag.styles';
import { trustAnswerStyles } from '../components/trust-answer.styles';
import { cssRules, tokenDeclarations } from './css';

const PREFIX = 'auth-doctor-first';

/** What FluentProvider gives its root: the theme's text and background colours and body text. */
const providerLook = {
  color: tokens.colorNeutralForeground1,
  backgroundColor: tokens.colorNeutralBackground1,
  textAlign: 'left',
  ...typographyStyles.body1,
};

const GROUPS = {
  page: { ...appStyles, provider: { ...providerLook, ...appStyles.provider } },
  loading: loadingStyles,
  diagnosis: diagnosisViewStyles,
  trust: trustAnswerStyles,
  headline: headlineStyles,
  tag: statusTagStyles,
};

type Groups = typeof GROUPS;

/** The class of one style slot, e.g. className('trust', 'heading'). */
export function className<G extends keyof Groups>(group: G, slot: keyof Groups[G] & string): string {
  return `${PREFIX}-${group}-${slot}`;
}

const RULES =
  cssRules('body', pageStyles.body) +
  Object.entries(GROUPS)
    .flatMap(([group, slots]) =>
      Object.entries(slots).map(([slot, style]) => cssRules(`.${PREFIX}-${group}-${slot}`, style)),
    )
    .join('');

const THEMES: Record<AppearanceName, object> = {
  light: webLightTheme,
  dark: webDarkTheme,
  'high-contrast': teamsHighContrastTheme,
};

/** The whole stylesheet for one appearance. */
export function firstViewCss(appearance: AppearanceName): string {
  return `.${className('page', 'provider')}{${tokenDeclarations(RULES, THEMES[appearance])}}${RULES}`;
}
