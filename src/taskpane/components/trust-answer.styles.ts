/** The reader's answer's look, shared by the React TrustAnswer and the first view (first-view/). */
import type { GriffelStyle } from '@fluentui/react-components';
import { tokens } from '@fluentui/react-theme';

export const trustAnswerStyles = {
  root: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalM,
    borderRadius: tokens.borderRadiusMedium,
    borderLeftWidth: tokens.strokeWidthThickest,
    borderLeftStyle: 'solid',
    backgroundColor: tokens.colorNeutralBackground2,
    // Windows high contrast drops backgrounds: a full outline keeps the block a block.
    '@media (forced-colors: active)': { outline: `${tokens.strokeWidthThin} solid CanvasText` },
  },
  verified: { borderLeftColor: tokens.colorPaletteGreenBorder2 },
  explained: { borderLeftColor: tokens.colorNeutralStroke1 },
  unverified: { borderLeftColor: tokens.colorPaletteYellowBorder2 },
  suspicious: { borderLeftColor: tokens.colorPaletteRedBorder2 },
  heading: {
    margin: 0,
    display: 'flex',
    flexDirection: 'column',
    alignItems: 'flex-start',
    gap: tokens.spacingVerticalXS,
    fontSize: tokens.fontSizeBase400,
    lineHeight: tokens.lineHeightBase400,
    fontWeight: tokens.fontWeightSemibold,
    overflowWrap: 'anywhere',
    ':focus-visible': { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}` },
  },
  advice: { margin: 0, fontSize: tokens.fontSizeBase300, lineHeight: tokens.lineHeightBase300 },
  signals: {
    margin: 0,
    paddingLeft: tokens.spacingHorizontalL,
    color: tokens.colorNeutralForeground2,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    overflowWrap: 'anywhere',
  },
} satisfies Record<string, GriffelStyle>;
