/**
 * The Received hops, oldest first, each with the delay since the previous hop as a small bar: where did
 * the time go? Lazy-loaded (below the fold). Negative delays (clock skew) are shown, not hidden.
 */
import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import type { ReactElement } from 'react';
import type { HopSummary } from '../../rules/diagnosis';
import { formatDuration } from '../../report/duration';

const useStyles = makeStyles({
  list: {
    margin: 0,
    paddingLeft: tokens.spacingHorizontalXL,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
  },
  route: { overflowWrap: 'anywhere' },
  meta: { display: 'block', color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  barRow: {
    display: 'flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalS,
    fontSize: tokens.fontSizeBase200,
  },
  track: {
    flexGrow: 1,
    height: '8px',
    backgroundColor: tokens.colorNeutralBackground3,
    borderRadius: tokens.borderRadiusSmall,
    overflow: 'hidden',
  },
  bar: { height: '100%', backgroundColor: tokens.colorBrandBackground, minWidth: '2px' },
  slowest: { backgroundColor: tokens.colorPaletteDarkOrangeBackground3 },
  delay: { minWidth: '5em', textAlign: 'right', fontVariantNumeric: 'tabular-nums' },
  total: { marginBlockEnd: tokens.spacingVerticalS, marginBlockStart: 0 },
});

/** A hop is marked as the slowest only when its delay matters to a reader: seconds are normal relaying. */
const NOTABLE_DELAY_SECONDS = 5 * 60;

export default function HopsTimeline({ hops }: { hops: HopSummary[] }): ReactElement {
  const styles = useStyles();
  const delays = hops.map((hop) =>
    hop.delaySeconds !== null && hop.delaySeconds > 0 ? hop.delaySeconds : 0,
  );
  const longest = Math.max(0, ...delays);
  const total = delays.reduce((sum, delay) => sum + delay, 0);
  const notable = longest >= NOTABLE_DELAY_SECONDS ? longest : null;
  return (
    <div>
      <p className={styles.total}>
        {hops.length} hop{hops.length === 1 ? '' : 's'}, {formatDuration(total)} in transit
        {longest > 0 ? `; the slowest hop took ${formatDuration(longest)}` : ''}.
      </p>
      <ol className={styles.list}>
        {hops.map((hop, index) => {
          const delay = hop.delaySeconds;
          const width = longest > 0 && delay !== null && delay > 0 ? Math.max(1, (delay / longest) * 100) : 0;
          return (
            <li key={index}>
              <span className={styles.route}>
                {hop.from ?? 'unknown'} → {hop.by ?? 'unknown'}
              </span>
              <span className={styles.meta}>
                {[
                  hop.with ? `with ${hop.with}` : null,
                  hop.at ? new Date(hop.at).toUTCString() : 'time unknown',
                ]
                  .filter(Boolean)
                  .join(' · ')}
              </span>
              <span className={styles.barRow}>
                <span className={styles.track} aria-hidden>
                  {width > 0 ? (
                    <span
                      className={mergeClasses(styles.bar, delay === notable && styles.slowest)}
                      style={{ display: 'block', width: `${width}%` }}
                    />
                  ) : null}
                </span>
                <span className={styles.delay}>
                  {delay === null
                    ? index === 0
                      ? 'origin'
                      : 'delay unknown'
                    : delay < 0
                      ? `${formatDuration(delay)} (clock skew)`
                      : `+${formatDuration(delay)}${delay === notable ? ' (slowest)' : ''}`}
                </span>
              </span>
            </li>
          );
        })}
      </ol>
    </div>
  );
}
