/**
 * The reader's answer, first in the pane: can I trust this message, and the one thing to do now. The
 * level is a labelled tag with an icon (colour is never the only signal); the heading carries the whole
 * sentence so a screen reader announces the answer when focus lands on it.
 */
import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import {
  CheckmarkCircle16Filled,
  Info16Regular,
  QuestionCircle16Regular,
  Warning16Filled,
} from '@fluentui/react-icons';
import { forwardRef, type ReactElement } from 'react';
import type { Trust, TrustLevel } from '../../rules/diagnosis';
import { StatusTag, type TagTone } from './status-tag';

const LEVELS: Record<TrustLevel, { label: string; tone: TagTone; icon: ReactElement }> = {
  verified: { label: 'Verified sender', tone: 'success', icon: <CheckmarkCircle16Filled /> },
  explained: { label: 'Explained failure', tone: 'informative', icon: <Info16Regular /> },
  unverified: { label: 'Not verified', tone: 'warning', icon: <QuestionCircle16Regular /> },
  suspicious: { label: 'Suspicious', tone: 'danger', icon: <Warning16Filled /> },
};

const useStyles = makeStyles({
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
});

export const TrustAnswer = forwardRef<HTMLHeadingElement, { trust: Trust }>(function TrustAnswer(
  { trust },
  ref,
) {
  const styles = useStyles();
  const look = LEVELS[trust.level] ?? LEVELS.unverified;
  return (
    <section className={mergeClasses(styles.root, styles[trust.level])} aria-labelledby="trust-heading">
      <h2 id="trust-heading" className={styles.heading} ref={ref} tabIndex={-1}>
        <StatusTag size="large" appearance="filled" tone={look.tone} icon={look.icon}>
          {look.label}
        </StatusTag>
        <span>{trust.headline}</span>
      </h2>
      <p className={styles.advice}>
        <strong>Next step: </strong>
        {trust.advice}
      </p>
      {trust.signals.length > 0 ? (
        <ul className={styles.signals} aria-label="Why">
          {trust.signals.map((signal, index) => (
            <li key={`${signal.id}-${index}`}>{signal.text}</li>
          ))}
        </ul>
      ) : null}
    </section>
  );
});
