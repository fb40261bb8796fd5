/** Built-in sample header blocks (lazy-loaded with their text). */
import { Button, makeStyles, tokens } from '@fluentui/react-components';
import type { ReactElement } from 'react';
import { SAMPLES, type HeaderSample } from '../samples';

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

export default function SamplePicker({ onPick }: { onPick: (sample: HeaderSample) => void }): ReactElement {
  const styles = useStyles();
  return (
    <ul className={styles.list} aria-label="Samples">
      {SAMPLES.map((sample) => (
        <li key={sample.id}>
          <Button size="small" appearance="secondary" onClick={() => onPick(sample)}>
            {sample.label}
          </Button>
        </li>
      ))}
    </ul>
  );
}
