/** Parse warnings: quiet (collapsed) but never hidden, each naming its header and line. */
import { makeStyles, tokens } from '@fluentui/react-components';
import { Info16Regular } from '@fluentui/react-icons';
import type { ReactElement } from 'react';
import type { DiagnosisWarning } from '../../rules/diagnosis';

const useStyles = makeStyles({
  details: {
    color: tokens.colorNeutralForeground2,
    fontSize: tokens.fontSizeBase200,
    paddingBlock: tokens.spacingVerticalS,
  },
  summary: {
    cursor: 'pointer',
    display: 'list-item',
    ':focus-visible': { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}` },
  },
  icon: { verticalAlign: 'middle', marginRight: tokens.spacingHorizontalXXS },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalXL, overflowWrap: 'anywhere' },
});

export function ParseWarnings({ warnings }: { warnings: DiagnosisWarning[] }): ReactElement | null {
  const styles = useStyles();
  if (warnings.length === 0) return null;
  return (
    <details className={styles.details}>
      <summary className={styles.summary}>
        <Info16Regular className={styles.icon} aria-hidden />
        {warnings.length} part{warnings.length === 1 ? '' : 's'} of the headers could not be read
      </summary>
      <ul className={styles.list}>
        {warnings.map((warning, index) => (
          <li key={index}>
            Line {warning.line} · {warning.header}: {warning.message}
          </li>
        ))}
      </ul>
    </details>
  );
}
