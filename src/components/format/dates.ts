const MINUTE = 60;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** Which unit to use below each threshold (in seconds), and how many seconds that unit holds. */
const RELATIVE_STEPS: ReadonlyArray<readonly [number, Intl.RelativeTimeFormatUnit, number]> = [
  [45 * MINUTE, "minute", MINUTE],
  [22 * HOUR, "hour", HOUR],
  [14 * DAY, "day", DAY],
  [60 * DAY, "week", 7 * DAY],
  [365 * DAY, "month", 30 * DAY],
];

/** "3 hours ago", "in 7 days", "yesterday", "just now". */
export function formatRelative(date: Date, now: Date = new Date(), locale?: string): string {
  const seconds = (date.getTime() - now.getTime()) / 1000;
  const distance = Math.abs(seconds);
  if (distance < 45) return "just now";
  const format = new Intl.RelativeTimeFormat(locale, { numeric: "auto" });
  for (const [limit, unit, size] of RELATIVE_STEPS) {
    if (distance < limit) return format.format(Math.round(seconds / size), unit);
  }
  return format.format(Math.round(seconds / (365 * DAY)), "year");
}

export type DateStyle = "date" | "datetime";

/** "Mar 12, 2025" or "Mar 12, 2025, 2:05 PM" in the reader's locale (or a fixed locale and zone on the server). */
export function formatDate(
  date: Date,
  style: DateStyle = "date",
  options: { locale?: string; timeZone?: string } = {},
): string {
  return new Intl.DateTimeFormat(options.locale, {
    dateStyle: "medium",
    timeStyle: style === "datetime" ? "short" : undefined,
    timeZone: options.timeZone,
  }).format(date);
}
