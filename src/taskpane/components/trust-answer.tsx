/**
 * The reader's answer, first in the pane: can I trust this message, and the one thing to do now. The
 * level is a labelled tag with an icon (colour is never the only signal); the heading carries the whole
 * sentence so a screen reader announces the answer when focus lands on it.
 */
import { makeStyles, mergeClasses } from '@fluentui/react-components';
import { forwardRef } from 'react';
import type { Trust } from '../../rules/diagnosis';
import { NEXT_STEP_LEAD, TRUST_SIGNALS_LABEL, TRUST_WORDS } from '../pane-words';
import { StatusTag } from './status-tag';
import { TAG_ICONS } from './tag-icons';
import { trustAnswerStyles } from './trust-answer.styles';

const useStyles = makeStyles(trustAnswerStyles);

export const TrustAnswer = forwardRef<HTMLHeadingElement, { trust: Trust }>(function TrustAnswer(
  { trust },
  ref,
) {
  const styles = useStyles();
  const level = Object.hasOwn(TRUST_WORDS, trust.level) ? trust.level : 'unverified';
  const words = TRUST_WORDS[level];
  return (
    <section className={mergeClasses(styles.root, styles[trust.level])} aria-labelledby="trust-heading">
      <h2 id="trust-heading" className={styles.heading} ref={ref} tabIndex={-1}>
        <StatusTag size="large" appearance="filled" tone={words.tone} icon={TAG_ICONS[words.icon]}>
          {words.label}
        </StatusTag>
        <span>{trust.headline}</span>
      </h2>
      <p className={styles.advice}>
        <strong>{NEXT_STEP_LEAD}</strong>
        {trust.advice}
      </p>
      {trust.signals.length > 0 ? (
        <ul className={styles.signals} aria-label={TRUST_SIGNALS_LABEL}>
          {trust.signals.map((signal, index) => (
            <li key={`${signal.id}-${index}`}>{signal.text}</li>
          ))}
        </ul>
      ) : null}
    </section>
  );
});
