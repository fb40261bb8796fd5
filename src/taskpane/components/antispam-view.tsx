/** The X-Forefront-Antispam-Report verdict, decoded field by field (lazy-loaded: below the fold). */
import { makeStyles, tokens } from '@fluentui/react-components';
import type { ReactElement } from 'react';
import type { AntispamSummary } from '../../rules/diagnosis';

const useStyles = makeStyles({
  list: {
    margin: 0,
    display: 'grid',
    gridTemplateColumns: 'max-content minmax(0, 1fr)',
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalXS,
  },
  pair: { display: 'contents' },
  term: { fontFamily: tokens.fontFamilyMonospace, fontWeight: tokens.fontWeightSemibold },
  value: { margin: 0, overflowWrap: 'anywhere' },
  meaning: { display: 'block', color: tokens.colorNeutralForeground2 },
  other: {
    marginBlockStart: tokens.spacingVerticalS,
    marginBlockEnd: 0,
    color: tokens.colorNeutralForeground3,
    overflowWrap: 'anywhere',
  },
});

export default function AntispamView({ antispam }: { antispam: AntispamSummary }): ReactElement {
  const styles = useStyles();
  const decodedFields = new Set(antispam.decoded.map((entry) => entry.field));
  const others = Object.entries(antispam).filter(
    ([field, value]) => field !== 'decoded' && !decodedFields.has(field) && typeof value !== 'object',
  );
  return (
    <div>
      {antispam.decoded.length > 0 ? (
        <dl className={styles.list}>
          {antispam.decoded.map((entry, index) => (
            <div key={index} className={styles.pair}>
              <dt className={styles.term}>{entry.field}</dt>
              <dd className={styles.value}>
                <code>{entry.value}</code>
                <span className={styles.meaning}>{entry.meaning}</span>
              </dd>
            </div>
          ))}
        </dl>
      ) : (
        <p>No field of this report has a documented meaning.</p>
      )}
      {others.length > 0 ? (
        <p className={styles.other}>
          Other fields: {others.map(([field, value]) => `${field}:${String(value)}`).join('; ')}
        </p>
      ) : null}
    </div>
  );
}
