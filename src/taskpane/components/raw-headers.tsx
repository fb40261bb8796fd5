/**
 * The raw header block, one line per row with its number, evidence lines marked and the line the user
 * asked for scrolled into view and focused. Text only: header values are attacker-controlled.
 * A long block (a hostile one can hold hundreds of thousands of lines) renders only the rows near the
 * viewport, so opening it or jumping to a far line never freezes the pane. The list itself takes keyboard
 * focus, so it can be scrolled without a mouse. Lazy-loaded: most readers never open it.
 */
import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { visuallyHidden } from '../visually-hidden';
import { useEffect, useRef, type CSSProperties, type ReactElement } from 'react';
import { useRowWindow } from './use-row-window';

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
    ':focus-visible': {
      outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`,
      outlineOffset: '2px',
    },
  },
  line: {
    display: 'grid',
    // The number column fits the longest line number and the evidence marker (set on the list).
    gridTemplateColumns: 'var(--raw-number-width) minmax(0, 1fr)',
    columnGap: tokens.spacingHorizontalS,
  },
  number: {
    color: tokens.colorNeutralForeground3,
    textAlign: 'right',
    userSelect: 'none',
    whiteSpace: 'nowrap',
  },
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
  note: { margin: 0, color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
  focused: {
    outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`,
    outlineOffset: '-2px',
    borderLeft: `${tokens.strokeWidthThickest} solid ${tokens.colorPaletteDarkOrangeBorder2}`,
  },
});

/** Stands in for the rows not rendered, so the scrollbar spans the whole block (hidden from screen readers). */
function Spacer({ height }: { height: number }): ReactElement {
  return <li aria-hidden style={{ height }} />;
}

const NO_LINES: readonly string[] = [];

/** Up to this many lines every row is rendered (the browser's find then sees them all). */
const FULLY_RENDERED_LINES = 1000;

interface RawHeadersProps {
  lines: string[];
  evidenceLines: ReadonlySet<number>;
  focusLine: number | null;
}

export default function RawHeaders({ lines, evidenceLines, focusLine }: RawHeadersProps): ReactElement {
  const styles = useStyles();
  const list = useRef<HTMLOListElement>(null);
  const focused = useRef<HTMLLIElement | null>(null);
  const windowed = lines.length > FULLY_RENDERED_LINES;
  const rows = useRowWindow(list, windowed ? lines : NO_LINES, focusLine === null ? null : focusLine - 1);
  const start = windowed ? rows.start : 0;
  const end = windowed ? rows.end : lines.length;
  const focusShown = focusLine !== null && focusLine > start && focusLine <= end;

  useEffect(() => {
    const element = focused.current;
    if (!element) return;
    element.scrollIntoView?.({ block: 'center' });
    element.focus({ preventScroll: true });
  }, [focusLine, focusShown]);

  /**
   * Scrolling the focused row out of the window removes it: keep keyboard focus in the list rather than
   * letting it fall back to the page.
   */
  const trackFocused = (element: HTMLLIElement | null): void => {
    if (element === null && focused.current && document.activeElement === focused.current) {
      list.current?.focus({ preventScroll: true });
    }
    focused.current = element;
  };

  return (
    <>
      {windowed ? (
        <p className={styles.note}>
          A long block: rows are drawn as you scroll, so the browser&apos;s find sees only those on screen.
        </p>
      ) : null}
      <ol
        ref={list}
        className={styles.list}
        aria-label={`Raw headers, ${lines.length} lines`}
        tabIndex={0}
        onScroll={windowed ? rows.onScroll : undefined}
        style={{ '--raw-number-width': `${Math.max(3, String(lines.length).length) + 3}ch` } as CSSProperties}
      >
        {windowed && rows.spaceBefore > 0 ? <Spacer height={rows.spaceBefore} /> : null}
        {lines.slice(start, end).map((line, offset) => {
          const index = start + offset;
          const number = index + 1;
          const isEvidence = evidenceLines.has(number);
          const isFocused = number === focusLine;
          return (
            <li
              key={index}
              id={`raw-line-${number}`}
              data-row={index}
              ref={isFocused ? trackFocused : undefined}
              tabIndex={isFocused ? -1 : undefined}
              aria-posinset={windowed ? number : undefined}
              aria-setsize={windowed ? lines.length : undefined}
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
        {windowed && rows.spaceAfter > 0 ? <Spacer height={rows.spaceAfter} /> : null}
      </ol>
    </>
  );
}
