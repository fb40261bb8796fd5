/** The verdict badge, the one-sentence summary and which message was diagnosed. */
import { Badge, makeStyles, tokens, type BadgeProps } from '@fluentui/react-components';
import {
  CheckmarkCircle20Filled,
  DismissCircle20Filled,
  QuestionCircle20Regular,
  Warning20Filled,
} from '@fluentui/react-icons';
import { forwardRef, type ReactElement } from 'react';
import type { Diagnosis, Verdict } from '../../rules/diagnosis';

const VERDICTS: Record<Verdict, { label: string; color: BadgeProps['color']; icon: ReactElement }> = {
  pass: { label: 'Pass', color: 'success', icon: <CheckmarkCircle20Filled /> },
  attention: { label: 'Needs attention', color: 'warning', icon: <Warning20Filled /> },
  fail: { label: 'Fail', color: 'danger', icon: <DismissCircle20Filled /> },
  unknown: { label: 'Unknown', color: 'informative', icon: <QuestionCircle20Regular /> },
};

export function verdictLabel(verdict: Verdict): string {
  return VERDICTS[verdict]?.label ?? verdict;
}

const useStyles = makeStyles({
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
});

interface HeadlineProps {
  diagnosis: Diagnosis;
  label: string;
}

export const Headline = forwardRef<HTMLHeadingElement, HeadlineProps>(function Headline(
  { diagnosis, label },
  ref,
) {
  const styles = useStyles();
  const look = VERDICTS[diagnosis.verdict] ?? VERDICTS.unknown;
  const { from, subject } = diagnosis.message;
  return (
    <section className={styles.root} aria-labelledby="verdict-heading">
      <h2 id="verdict-heading" className={styles.heading} ref={ref} tabIndex={-1}>
        <span>Verdict</span>
        <Badge size="large" appearance="filled" color={look.color} icon={look.icon}>
          {look.label}
        </Badge>
      </h2>
      <p className={styles.summary}>{diagnosis.summary}</p>
      <p className={styles.meta}>
        <span className={styles.metaRow}>{label}</span>
        {from ? <span className={styles.metaRow}>From: {from}</span> : null}
        {subject ? <span className={styles.metaRow}>Subject: {subject}</span> : null}
      </p>
    </section>
  );
});
