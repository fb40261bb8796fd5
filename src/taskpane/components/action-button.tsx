/**
 * A button drawn with Fluent's tokens (the Button's colours, radius, focus ring and states). The pane's
 * first-load script has a gzip budget (bench/cases.mjs) that Fluent's full Button (with its size, shape and
 * icon-position matrix) would eat 5 KB of; the four looks used here cost a fraction of that.
 */
import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { forwardRef, type ButtonHTMLAttributes, type ReactElement } from 'react';

export type ActionAppearance = 'primary' | 'secondary' | 'subtle' | 'transparent';

function borderColor(color: string) {
  return { borderTopColor: color, borderRightColor: color, borderBottomColor: color, borderLeftColor: color };
}

const useStyles = makeStyles({
  root: {
    display: 'inline-flex',
    alignItems: 'center',
    justifyContent: 'center',
    gap: tokens.spacingHorizontalSNudge,
    boxSizing: 'border-box',
    minHeight: '32px',
    maxWidth: '100%',
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalM}`,
    margin: 0,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
    fontWeight: tokens.fontWeightSemibold,
    textAlign: 'left',
    cursor: 'pointer',
    ':hover': {
      backgroundColor: tokens.colorNeutralBackground1Hover,
      ...borderColor(tokens.colorNeutralStroke1Hover),
      color: tokens.colorNeutralForeground1Hover,
    },
    ':active': { backgroundColor: tokens.colorNeutralBackground1Pressed },
    ':focus-visible': {
      outlineWidth: tokens.strokeWidthThick,
      outlineStyle: 'solid',
      outlineColor: tokens.colorStrokeFocus2,
      outlineOffset: '1px',
    },
    '@media (forced-colors: active)': { ...borderColor('ButtonText') },
  },
  primary: {
    backgroundColor: tokens.colorBrandBackground,
    ...borderColor('transparent'),
    color: tokens.colorNeutralForegroundOnBrand,
    ':hover': {
      backgroundColor: tokens.colorBrandBackgroundHover,
      ...borderColor('transparent'),
      color: tokens.colorNeutralForegroundOnBrand,
    },
    ':active': { backgroundColor: tokens.colorBrandBackgroundPressed },
  },
  secondary: {},
  subtle: {
    backgroundColor: tokens.colorSubtleBackground,
    ...borderColor('transparent'),
    color: tokens.colorNeutralForeground2,
    ':hover': {
      backgroundColor: tokens.colorSubtleBackgroundHover,
      ...borderColor('transparent'),
      color: tokens.colorNeutralForeground2Hover,
    },
    ':active': { backgroundColor: tokens.colorSubtleBackgroundPressed },
  },
  transparent: {
    backgroundColor: tokens.colorTransparentBackground,
    ...borderColor('transparent'),
    color: tokens.colorNeutralForeground2,
    fontWeight: tokens.fontWeightRegular,
    ':hover': {
      backgroundColor: tokens.colorTransparentBackgroundHover,
      ...borderColor('transparent'),
      color: tokens.colorNeutralForeground2BrandHover,
    },
    ':active': { backgroundColor: tokens.colorTransparentBackgroundPressed },
  },
  small: {
    minHeight: '24px',
    padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalS}`,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    gap: tokens.spacingHorizontalXS,
  },
  icon: { display: 'inline-flex', flexShrink: 0, fontSize: '20px' },
  smallIcon: { fontSize: '16px' },
});

interface ActionButtonProps extends ButtonHTMLAttributes<HTMLButtonElement> {
  appearance?: ActionAppearance;
  size?: 'small' | 'medium';
  icon?: ReactElement;
}

export const ActionButton = forwardRef<HTMLButtonElement, ActionButtonProps>(function ActionButton(
  { appearance = 'secondary', size = 'medium', icon, className, children, type = 'button', ...rest },
  ref,
) {
  const styles = useStyles();
  return (
    <button
      ref={ref}
      type={type}
      className={mergeClasses(styles.root, styles[appearance], size === 'small' && styles.small, className)}
      {...rest}
    >
      {icon ? (
        <span className={mergeClasses(styles.icon, size === 'small' && styles.smallIcon)} aria-hidden>
          {icon}
        </span>
      ) : null}
      {children}
    </button>
  );
});
