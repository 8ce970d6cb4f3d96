const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** "420 ms", "4.2 s", "38 s", "3 m 12 s", "2 h 5 m", "1 d 3 h". */
export function formatDuration(ms: number): string {
  const value = Math.max(0, ms);
  if (value < SECOND) return `${Math.round(value)} ms`;
  if (value < 10 * SECOND) return `${(value / SECOND).toFixed(1)} s`;
  if (value < MINUTE) return `${Math.round(value / SECOND)} s`;
  if (value < HOUR) return pair(value, MINUTE, "m", SECOND, "s");
  if (value < DAY) return pair(value, HOUR, "h", MINUTE, "m");
  return pair(value, DAY, "d", HOUR, "h");
}

function pair(value: number, big: number, bigUnit: string, small: number, smallUnit: string): string {
  const whole = Math.floor(value / big);
  const rest = Math.floor((value % big) / small);
  return rest ? `${whole} ${bigUnit} ${rest} ${smallUnit}` : `${whole} ${bigUnit}`;
}

/** Milliseconds between two instants; `end` null means "still going" and uses `now`. */
export function elapsedMs(start: Date, end: Date | null, now: number): number {
  return (end ? end.getTime() : now) - start.getTime();
}
