/** How long a hop took, in words the pane and the reports share (its own module: the pane's first load
 * needs only this, not the rest of the report helpers). */

/** "42 s", "3 min 5 s", "2 h 4 min"; a negative value keeps its sign ("−3 s"). */
export function formatDuration(seconds: number): string {
  if (seconds < 0) return `−${formatDuration(-seconds)}`;
  const whole = Math.round(seconds);
  if (whole < 60) return `${whole} s`;
  const hours = Math.floor(whole / 3600);
  const minutes = Math.floor((whole % 3600) / 60);
  const rest = whole % 60;
  if (hours > 0) return `${hours} h ${minutes} min`;
  return rest > 0 ? `${minutes} min ${rest} s` : `${minutes} min`;
}
