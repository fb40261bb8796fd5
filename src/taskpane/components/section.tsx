/**
 * A collapsible, headed section (native <details>: keyboard and screen-reader support for free). Its
 * body renders only while open, so lazy-loaded parts load when the reader asks for them.
 */
import { makeStyles, tokens } from '@fluentui/react-components';
import { Suspense, type ReactElement, type ReactNode } from 'react';
import { Loading } from './loading';

const useStyles = makeStyles({
  details: {
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    paddingBlock: tokens.spacingVerticalS,
  },
  summary: {
    cursor: 'pointer',
    borderRadius: tokens.borderRadiusSmall,
    ':focus-visible': { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}` },
  },
  heading: {
    display: 'inline',
    margin: 0,
    fontSize: tokens.fontSizeBase400,
    lineHeight: tokens.lineHeightBase400,
    fontWeight: tokens.fontWeightSemibold,
  },
  note: {
    display: 'block',
    color: tokens.colorNeutralForeground3,
    fontSize: tokens.fontSizeBase200,
    marginLeft: tokens.spacingHorizontalL,
  },
  body: { paddingTop: tokens.spacingVerticalS },
});

interface SectionProps {
  id: string;
  title: string;
  note?: string;
  open: boolean;
  onOpenChange: (open: boolean) => void;
  children: ReactNode;
}

export function Section({ id, title, note, open, onOpenChange, children }: SectionProps): ReactElement {
  const styles = useStyles();
  return (
    <details
      id={id}
      className={styles.details}
      open={open}
      onToggle={(event) => onOpenChange((event.currentTarget as HTMLDetailsElement).open)}
    >
      <summary className={styles.summary}>
        <h2 className={styles.heading}>{title}</h2>
        {note ? <span className={styles.note}>{note}</span> : null}
      </summary>
      {open ? (
        <div className={styles.body}>
          <Suspense fallback={<Loading label="Loading…" />}>{children}</Suspense>
        </div>
      ) : null}
    </details>
  );
}
