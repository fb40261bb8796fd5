/** A quiet "working on it" line (a status for screen readers). Fluent's Spinner would cost the first bundle. */
import { makeStyles, tokens } from '@fluentui/react-components';
import type { ReactElement } from 'react';

const useStyles = makeStyles({
  root: { margin: 0, color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
});

export function Loading({ label }: { label: string }): ReactElement {
  const styles = useStyles();
  return (
    <p className={styles.root} role="status">
      {label}
    </p>
  );
}
