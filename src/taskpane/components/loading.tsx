/** A quiet "working on it" line (a status for screen readers). Fluent's Spinner would cost the React pane's chunk. */
import { makeStyles } from '@fluentui/react-components';
import type { ReactElement } from 'react';
import { loadingStyles } from './loading.styles';

const useStyles = makeStyles(loadingStyles);

export function Loading({ label }: { label: string }): ReactElement {
  const styles = useStyles();
  return (
    <p className={styles.root} role="status">
      {label}
    </p>
  );
}
