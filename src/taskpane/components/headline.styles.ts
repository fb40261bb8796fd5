/** The verdict block's look, shared by the React Headline and the first view (first-view/). */
import type { GriffelStyle } from '@fluentui/react-components';
import { tokens } from '@fluentui/react-theme';

export const headlineStyles = {
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  heading: {
    margin: 0,
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    gap: tokens.spacingHorizontalS,
    fontSize: tokens.fontSizeBase400,
    lineHeight: tokens.lineHeightBase400,
    fontWeight: tokens.fontWeightSemibold,
    ':focus-visible': { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}` },
  },
  summary: { margin: 0, fontSize: tokens.fontSizeBase300, lineHeight: tokens.lineHeightBase300 },
  meta: {
    color: tokens.colorNeutralForeground3,
    overflowWrap: 'anywhere',
    margin: 0,
    fontSize: tokens.fontSizeBase200,
  },
  metaRow: { display: 'block' },
} satisfies Record<string, GriffelStyle>;
