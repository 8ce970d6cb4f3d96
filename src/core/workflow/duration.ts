import { z } from "zod";

const UNIT_MS = { ms: 1, s: 1_000, m: 60_000, h: 3_600_000, d: 86_400_000, w: 604_800_000 } as const;

// "90s", "5m", "1h30m", "2d", "1w": the shorthand Inngest and most schedulers accept.
const SHORTHAND = /^(?:\d+(?:ms|s|m|h|d|w))+$/;
const SHORTHAND_PART = /(\d+)(ms|s|m|h|d|w)/g;
// ISO 8601 durations without years and months, whose length depends on the calendar.
const ISO_8601 = /^P(?:(\d+)W)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+(?:\.\d+)?)S)?)?$/;

/** Inngest cannot sleep or wait longer than a year. */
export const MAX_DURATION_MS = 365 * UNIT_MS.d;

/** Milliseconds in a duration like "5m", "1h30m" or "PT5M", or undefined when it is not one. */
export function parseDuration(text: string): number | undefined {
  const value = text.trim();
  if (SHORTHAND.test(value)) {
    let total = 0;
    for (const [, amount, unit] of value.matchAll(SHORTHAND_PART)) total += Number(amount) * UNIT_MS[unit as keyof typeof UNIT_MS];
    return total;
  }
  const iso = ISO_8601.exec(value);
  if (!iso || value === "P" || value.endsWith("T")) return undefined;
  const [, weeks, days, hours, minutes, seconds] = iso;
  return (
    Number(weeks ?? 0) * UNIT_MS.w +
    Number(days ?? 0) * UNIT_MS.d +
    Number(hours ?? 0) * UNIT_MS.h +
    Number(minutes ?? 0) * UNIT_MS.m +
    Math.round(Number(seconds ?? 0) * UNIT_MS.s)
  );
}

export const DurationSchema = z.string().refine(
  (text) => {
    const ms = parseDuration(text);
    return ms !== undefined && ms > 0 && ms <= MAX_DURATION_MS;
  },
  {
    message:
      'Use a positive duration of at most one year, like "30s", "5m", "1h30m", "2d" or ISO 8601 "PT5M" (years and months are not accepted because their length varies).',
  },
);

/** Milliseconds in a duration that the schema already accepted. */
export function durationMs(text: string): number {
  const ms = parseDuration(text);
  if (ms === undefined) throw new Error(`"${text}" is not a duration; validate the workflow before running it.`);
  return ms;
}
