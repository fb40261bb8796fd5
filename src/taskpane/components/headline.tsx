/** The verdict badge, the one-sentence summary and which message was diagnosed. */
import { makeStyles } from '@fluentui/react-components';
import { forwardRef } from 'react';
import type { Diagnosis } from '../../rules/diagnosis';
import { VERDICT_HEADING, VERDICT_WORDS } from '../pane-words';
import { headlineStyles } from './headline.styles';
import { MessageDetails } from './message-details';
import { StatusTag } from './status-tag';
import { TAG_ICONS } from './tag-icons';

const useStyles = makeStyles(headlineStyles);

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
  const verdict = Object.hasOwn(VERDICT_WORDS, diagnosis.verdict) ? diagnosis.verdict : 'unknown';
  const words = VERDICT_WORDS[verdict];
  return (
    <section className={styles.root} aria-labelledby="verdict-heading">
      <h2 id="verdict-heading" className={styles.heading} ref={ref} tabIndex={-1}>
        <span>{VERDICT_HEADING}</span>
        <StatusTag size="large" appearance="filled" tone={words.tone} icon={TAG_ICONS[words.icon]}>
          {words.label}
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
