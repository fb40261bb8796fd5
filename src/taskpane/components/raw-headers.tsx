/**
 * The raw header block, one line per row with its number, evidence lines marked and the line the user
 * asked for scrolled into view and focused. Text only: header values are attacker-controlled.
 * Lazy-loaded: most readers never open it.
 */
import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { visuallyHidden } from '../visually-hidden';
import { useEffect, useRef, useState, type ReactElement } from 'react';
import { ActionButton } from './action-button';

const useStyles = makeStyles({
  list: {
    listStyleType: 'none',
    margin: 0,
    padding: 0,
    fontFamily: tokens.fontFamilyMonospace,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    maxHeight: '60vh',
    overflowY: 'auto',
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  line: {
    display: 'grid',
    gridTemplateColumns: '3.5em minmax(0, 1fr)',
    columnGap: tokens.spacingHorizontalS,
  },
  number: { color: tokens.colorNeutralForeground3, textAlign: 'right', userSelect: 'none' },
  text: { whiteSpace: 'pre-wrap', overflowWrap: 'anywhere', margin: 0 },
  // Yellow background 1 keeps body text above 4.5:1 in the light and the dark theme alike.
  evidence: {
    backgroundColor: tokens.colorPaletteYellowBackground1,
    color: tokens.colorNeutralForeground1,
    borderLeft: `${tokens.strokeWidthThick} solid ${tokens.colorPaletteDarkOrangeBorder2}`,
  },
  evidenceNumber: { color: tokens.colorNeutralForeground1 },
  mark: { backgroundColor: 'transparent', color: 'inherit' },
  hidden: visuallyHidden,
  more: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
  focused: {
    outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`,
    outlineOffset: '-2px',
    borderLeft: `${tokens.strokeWidthThickest} solid ${tokens.colorPaletteDarkOrangeBorder2}`,
  },
});

/**
 * Lines rendered at first: a hostile block can hold tens of thousands of lines, and rendering them all
 * at once would freeze the pane. More appear on request, and always enough to reach the asked-for line.
 */
const INITIAL_LINES = 2000;

interface RawHeadersProps {
  lines: string[];
  evidenceLines: ReadonlySet<number>;
  focusLine: number | null;
}

export default function RawHeaders({ lines, evidenceLines, focusLine }: RawHeadersProps): ReactElement {
  const styles = useStyles();
  const focused = useRef<HTMLLIElement | null>(null);
  const [limit, setLimit] = useState(INITIAL_LINES);
  const shown = Math.min(lines.length, Math.max(limit, (focusLine ?? 0) + 50));
  useEffect(() => {
    const element = focused.current;
    if (!element) return;
    element.scrollIntoView?.({ block: 'center' });
    element.focus({ preventScroll: true });
  }, [focusLine]);
  return (
    <>
      <ol className={styles.list} aria-label={`Raw headers, ${lines.length} lines`}>
        {lines.slice(0, shown).map((line, index) => {
          const number = index + 1;
          const isEvidence = evidenceLines.has(number);
          const isFocused = number === focusLine;
          return (
            <li
              key={index}
              id={`raw-line-${number}`}
              ref={isFocused ? focused : undefined}
              tabIndex={isFocused ? -1 : undefined}
              className={mergeClasses(
                styles.line,
                isEvidence && styles.evidence,
                isFocused && styles.focused,
              )}
              aria-current={isFocused ? 'location' : undefined}
            >
              <span className={mergeClasses(styles.number, isEvidence && styles.evidenceNumber)}>
                {isEvidence ? <span aria-hidden>▶ </span> : null}
                {number}
              </span>
              {isEvidence ? (
                <mark className={mergeClasses(styles.text, styles.mark)}>
                  <span className={styles.hidden}>Evidence: </span>
                  {line}
                </mark>
              ) : (
                <span className={styles.text}>{line}</span>
              )}
            </li>
          );
        })}
      </ol>
      {shown < lines.length ? (
        <p className={styles.more}>
          Showing {shown} of {lines.length} lines.{' '}
          <ActionButton size="small" onClick={() => setLimit(lines.length)}>
            Show all lines
          </ActionButton>
        </p>
      ) : null}
    </>
  );
}
