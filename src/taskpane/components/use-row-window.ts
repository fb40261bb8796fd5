/**
 * Which rows of a long scrolling list to render: only those in and near the viewport, with two spacers
 * standing in for the rest, so that 200,000 raw lines cost what 100 do. Row heights vary (lines
 * wrap): each is estimated from its text length until it has been rendered once and measured.
 */
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState, type RefObject } from 'react';

/** Geometry of a raw-view row: 16 px lines of a 12 px monospace font (about 0.6 em a character). */
const LINE_PX = 16;
const CHAR_PX = 7.2;
/** The gap between the line number column and the text. */
const GAP_PX = 8;
/** Used before the list has been laid out (and in test environments without layout). */
const FALLBACK_VIEWPORT_PX = 540;
const FALLBACK_WIDTH_PX = 320;
/** Rows rendered beyond each edge of the viewport, in pixels: scrolling shows no blank before the next frame. */
const OVERSCAN_PX = 600;

export interface RowWindow {
  /** Render rows [start, end). */
  start: number;
  end: number;
  /** Heights of the rows before `start` and after `end`, for spacers that stand in for them. */
  spaceBefore: number;
  spaceAfter: number;
  onScroll: () => void;
}

/** Index of the last row whose top is at or above `y` (offsets: row tops, then the total height). */
function rowAt(offsets: Float64Array, y: number): number {
  let low = 0;
  let high = offsets.length - 2;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (offsets[middle] <= y) low = middle;
    else high = middle - 1;
  }
  return Math.max(0, low);
}

/**
 * `rows[i]`: the text of row i, for its estimate. Rows rendered must carry `data-row={index}` as direct
 * children of the element `listRef` points at. `focusIndex`: a row to bring into the window.
 */
export function useRowWindow(
  listRef: RefObject<HTMLElement>,
  rows: readonly string[],
  focusIndex: number | null,
): RowWindow {
  const count = rows.length;
  const [scrollTop, setScrollTop] = useState(0);
  const [viewport, setViewport] = useState(FALLBACK_VIEWPORT_PX);
  const [measuredVersion, setMeasuredVersion] = useState(0);

  // Plain loops over typed arrays: for 200,000 rows these run in a few milliseconds.
  const heights = useMemo(() => {
    const width = listRef.current?.clientWidth || FALLBACK_WIDTH_PX;
    const gutter = (String(rows.length).length + 3) * CHAR_PX + GAP_PX; // number, marker, gap
    const perRow = Math.max(8, Math.floor((width - gutter) / CHAR_PX));
    const estimates = new Float64Array(rows.length);
    for (let index = 0; index < rows.length; index++) {
      estimates[index] = Math.max(1, Math.ceil(rows[index].length / perRow)) * LINE_PX;
    }
    return estimates;
    // The list element is read once, when the rows arrive: later widths are corrected by measuring.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [rows]);

  const offsets = useMemo(() => {
    const tops = new Float64Array(count + 1);
    for (let index = 0; index < count; index++) tops[index + 1] = tops[index] + heights[index];
    return tops;
    // measuredVersion: the heights array changed in place.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [heights, count, measuredVersion]);

  const start = count === 0 ? 0 : rowAt(offsets, Math.max(0, scrollTop - OVERSCAN_PX));
  const end = count === 0 ? 0 : Math.min(count, rowAt(offsets, scrollTop + viewport + OVERSCAN_PX) + 1);

  /** Whether the reader is at the very end (End key, dragged down): measuring must keep them there. */
  const atEnd = useRef(false);

  // Measure what was rendered; a corrected height moves the rows after it, so render again.
  useLayoutEffect(() => {
    const list = listRef.current;
    if (!list) return;
    if (atEnd.current) list.scrollTop = list.scrollHeight;
    let changed = false;
    for (const row of list.children) {
      const index = Number((row as HTMLElement).dataset.row);
      const height = (row as HTMLElement).offsetHeight;
      if (Number.isInteger(index) && height > 0 && Math.abs(heights[index] - height) > 0.5) {
        heights[index] = height;
        changed = true;
      }
    }
    if (changed) setMeasuredVersion((version) => version + 1);
  }, [listRef, heights, start, end, measuredVersion]);

  useLayoutEffect(() => {
    setViewport(listRef.current?.clientHeight || FALLBACK_VIEWPORT_PX);
  }, [listRef]);

  // Bring the focused row into the window: scroll to where the estimates put it.
  useLayoutEffect(() => {
    const list = listRef.current;
    if (focusIndex === null || focusIndex < 0 || focusIndex >= count) return;
    const height = list?.clientHeight || FALLBACK_VIEWPORT_PX;
    const top = Math.max(0, offsets[focusIndex] - (height - heights[focusIndex]) / 2);
    if (list) list.scrollTop = top;
    setViewport(height);
    setScrollTop(top);
    // Only a new focus moves the view; later measurements must not pull the reader back.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [focusIndex, count]);

  const frame = useRef(0);
  const onScroll = useCallback(() => {
    if (frame.current) return;
    frame.current = requestAnimationFrame(() => {
      frame.current = 0;
      const list = listRef.current;
      if (!list) return;
      atEnd.current = list.scrollTop > 0 && list.scrollTop + list.clientHeight >= list.scrollHeight - 1;
      setScrollTop(list.scrollTop);
      setViewport(list.clientHeight || FALLBACK_VIEWPORT_PX);
    });
  }, [listRef]);
  useEffect(() => () => cancelAnimationFrame(frame.current), []);

  return {
    start,
    end,
    spaceBefore: offsets[start],
    spaceAfter: offsets[count] - offsets[end],
    onScroll,
  };
}
