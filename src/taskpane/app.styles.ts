/** The pane's page: its column and title, shared by the React App and the first view (first-view/). */
import type { GriffelStyle } from '@fluentui/react-components';
import { tokens } from '@fluentui/react-theme';

/** The document's own rules (makeStaticStyles). */
export const pageStyles = { body: { margin: 0 as const } };

export const appStyles = {
  provider: { minHeight: '100vh' },
  main: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalL,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalM}`,
    maxWidth: '60em',
    marginInline: 'auto',
    boxSizing: 'border-box',
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
    // Header text is attacker-controlled: a token of any length, with no break opportunity, must wrap
    // rather than widen the pane. Inherited, so it reaches every header-derived string the pane prints.
    overflowWrap: 'anywhere',
    '& :focus-visible': { outlineOffset: '2px' },
  },
  title: {
    margin: 0,
    fontSize: tokens.fontSizeBase500,
    lineHeight: tokens.lineHeightBase500,
    fontWeight: tokens.fontWeightSemibold,
  },
} satisfies Record<string, GriffelStyle>;
