/**
 * The status tag's look, from Fluent's tokens: used by the React StatusTag (makeStyles) and by the first
 * view (first-view/), which draws the same tags before React has loaded.
 */
import type { GriffelStyle } from '@fluentui/react-components';
import { tokens } from '@fluentui/react-theme';

export type TagTone = 'success' | 'danger' | 'warning' | 'informative' | 'brand';
export type TagAppearance = 'tint' | 'filled' | 'outline';

/** Griffel takes longhands only: one colour on all four sides. */
function borderColor(
  color: string,
): Pick<GriffelStyle, 'borderTopColor' | 'borderRightColor' | 'borderBottomColor' | 'borderLeftColor'> {
  return { borderTopColor: color, borderRightColor: color, borderBottomColor: color, borderLeftColor: color };
}

export const statusTagStyles = {
  root: {
    display: 'inline-flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalXXS,
    boxSizing: 'border-box',
    minHeight: '20px',
    padding: `0 ${tokens.spacingHorizontalXS}`,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} solid transparent`,
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    fontWeight: tokens.fontWeightSemibold,
    whiteSpace: 'nowrap',
    verticalAlign: 'middle',
    // Windows high contrast drops backgrounds: keep the outline so the tag stays a tag.
    '@media (forced-colors: active)': { ...borderColor('CanvasText') },
  },
  large: {
    minHeight: '24px',
    padding: `0 ${tokens.spacingHorizontalS}`,
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
  },
  icon: { display: 'inline-flex', fontSize: '16px' },
  'tint-success': {
    backgroundColor: tokens.colorPaletteGreenBackground1,
    color: tokens.colorPaletteGreenForeground1,
    ...borderColor(tokens.colorPaletteGreenBorder1),
  },
  'tint-danger': {
    backgroundColor: tokens.colorPaletteRedBackground1,
    color: tokens.colorPaletteRedForeground1,
    ...borderColor(tokens.colorPaletteRedBorder1),
  },
  'tint-warning': {
    backgroundColor: tokens.colorPaletteYellowBackground1,
    color: tokens.colorPaletteYellowForeground2,
    ...borderColor(tokens.colorPaletteYellowBorder1),
  },
  'tint-informative': {
    backgroundColor: tokens.colorNeutralBackground4,
    color: tokens.colorNeutralForeground2,
    ...borderColor(tokens.colorNeutralStroke2),
  },
  'tint-brand': {
    backgroundColor: tokens.colorBrandBackground2,
    color: tokens.colorBrandForeground2,
    ...borderColor(tokens.colorBrandStroke2),
  },
  'filled-success': {
    backgroundColor: tokens.colorPaletteGreenBackground3,
    color: tokens.colorNeutralForegroundOnBrand,
  },
  'filled-danger': {
    backgroundColor: tokens.colorPaletteRedBackground3,
    color: tokens.colorNeutralForegroundOnBrand,
  },
  'filled-warning': {
    backgroundColor: tokens.colorPaletteYellowBackground3,
    color: tokens.colorNeutralForeground1Static,
  },
  'filled-informative': {
    backgroundColor: tokens.colorNeutralBackground5,
    color: tokens.colorNeutralForeground1,
  },
  'filled-brand': {
    backgroundColor: tokens.colorBrandBackground,
    color: tokens.colorNeutralForegroundOnBrand,
  },
  'outline-success': {
    color: tokens.colorPaletteGreenForeground3,
    ...borderColor(tokens.colorPaletteGreenBorder2),
  },
  'outline-danger': {
    color: tokens.colorPaletteRedForeground3,
    ...borderColor(tokens.colorPaletteRedBorder2),
  },
  'outline-warning': { color: tokens.colorPaletteYellowForeground2, ...borderColor('currentColor') },
  'outline-informative': {
    color: tokens.colorNeutralForeground2,
    ...borderColor(tokens.colorNeutralStroke1),
  },
  'outline-brand': { color: tokens.colorBrandForeground1, ...borderColor('currentColor') },
} satisfies Record<string, GriffelStyle>;
