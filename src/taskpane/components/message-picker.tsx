/**
 * The messages one file or item holds (an mbox's messages, attached originals), as buttons: the one shown
 * is marked as current for screen readers; what could not be read is listed beside them.
 */
import { makeStyles, tokens } from '@fluentui/react-components';
import { useId, type ReactElement } from 'react';
import { ActionButton } from './action-button';
import { useButtonListStyles } from './button-list';

export interface MessageChoice {
  key: string;
  /** The button's text, e.g. "Attached message 1 of 2". */
  label: string;
}

interface MessagePickerProps {
  heading: string;
  choices: MessageChoice[];
  /** The key of the message shown now, if it is one of the choices. */
  current: string | null;
  onPick: (choice: MessageChoice) => void;
  /** What could not be read, one sentence each. */
  problems?: string[];
  /** Set while a pick is being read, so the buttons cannot stack requests. */
  busy?: boolean;
}

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  heading: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  problems: {
    margin: 0,
    paddingInlineStart: tokens.spacingHorizontalL,
    color: tokens.colorNeutralForeground2,
  },
});

/** "attached message 1 of 2" → "Attached message 1 of 2": the extraction's labels start sentences here. */
export function capitalised(label: string): string {
  return label.charAt(0).toUpperCase() + label.slice(1);
}

export function MessagePicker({
  heading,
  choices,
  current,
  onPick,
  problems = [],
  busy = false,
}: MessagePickerProps): ReactElement {
  const styles = useStyles();
  const buttons = useButtonListStyles();
  const headingId = useId();
  return (
    <section className={styles.root} aria-labelledby={headingId}>
      <h2 id={headingId} className={styles.heading}>
        {heading}
      </h2>
      <ul className={buttons.list} aria-labelledby={headingId}>
        {choices.map((choice) => (
          <li key={choice.key}>
            <ActionButton
              size="small"
              appearance={choice.key === current ? 'primary' : 'secondary'}
              aria-current={choice.key === current ? 'true' : undefined}
              disabled={busy}
              onClick={() => onPick(choice)}
            >
              {choice.label}
            </ActionButton>
          </li>
        ))}
      </ul>
      {problems.length > 0 ? (
        <ul className={styles.problems} aria-label="Could not be read">
          {problems.map((problem, i) => (
            <li key={i}>{problem}</li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
