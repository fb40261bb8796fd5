/** The built-in samples as buttons (their header text loads when one is picked). */
import type { ReactElement } from 'react';
import { SAMPLES, type HeaderSample } from '../samples';
import { ActionButton } from './action-button';
import { useButtonListStyles } from './button-list';

export function SamplePicker({ onPick }: { onPick: (sample: HeaderSample) => void }): ReactElement {
  const styles = useButtonListStyles();
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
