/** The built-in samples as buttons (their header text loads when one is picked). */
import { makeStyles, tokens } from '@fluentui/react-components';
import type { ReactElement } from 'react';
import { SAMPLES, type HeaderSample } from '../samples';
import { ActionButton } from './action-button';

const useStyles = makeStyles({
  list: {
    listStyleType: 'none',
    margin: 0,
    padding: 0,
    display: 'flex',
    flexWrap: 'wrap',
    gap: tokens.spacingHorizontalXS,
  },
});

export function SamplePicker({ onPick }: { onPick: (sample: HeaderSample) => void }): ReactElement {
  const styles = useStyles();
  return (
    <ul className={styles.list} aria-label="Samples">
      {SAMPLES.map((sample) => (
        <li key={sample.id}>
          <ActionButton size="small" appearance="secondary" onClick={() => onPick(sample)}>
            {sample.label}
          </ActionButton>
        </li>
      ))}
    </ul>
  );
}
