/** The verdict badge, the one-sentence summary and which message was diagnosed. */
import { makeStyles, tokens } from '@fluentui/react-components';
import {
  CheckmarkCircle16Filled,
  DismissCircle16Filled,
  QuestionCircle16Regular,
  Warning16Filled,
} from '@fluentui/react-icons';
import { forwardRef, type ReactElement } from 'react';
import type { Diagnosis, Verdict } from '../../rules/diagnosis';
import { MessageDetails } from './message-details';
import { StatusTag, type TagTone } from './status-tag';

const VERDICTS: Record<Verdict, { label: string; tone: TagTone; icon: ReactElement }> = {
  pass: { label: 'Pass', tone: 'success', icon: <CheckmarkCircle16Filled /> },
  attention: { label: 'Needs attention', tone: 'warning', icon: <Warning16Filled /> },
  fail: { label: 'Fail', tone: 'danger', icon: <DismissCircle16Filled /> },
  unknown: { label: 'Unknown', tone: 'informative', icon: <QuestionCircle16Regular /> },
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
  /** Total time in transit (sum of the hop delays), or null when the hops give no times. */
  transitSeconds: number | null;
}

export const Headline = forwardRef<HTMLHeadingElement, HeadlineProps>(function Headline(
  { diagnosis, label, transitSeconds },
  ref,
) {
  const styles = useStyles();
  const look = VERDICTS[diagnosis.verdict] ?? VERDICTS.unknown;
  return (
    <section className={styles.root} aria-labelledby="verdict-heading">
      <h2 id="verdict-heading" className={styles.heading} ref={ref} tabIndex={-1}>
        <span>Verdict</span>
        <StatusTag size="large" appearance="filled" tone={look.tone} icon={look.icon}>
          {look.label}
        </StatusTag>
      </h2>
      <p className={styles.summary}>{diagnosis.summary}</p>
      <p className={styles.meta}>
        <span className={styles.metaRow}>{label}</span>
        <MessageDetails
          message={diagnosis.message}
          transitSeconds={transitSeconds}
          rowClassName={styles.metaRow}
        />
      </p>
    </section>
  );
});
