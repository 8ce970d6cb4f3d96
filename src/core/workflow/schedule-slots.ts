import { Cron } from "croner";

/**
 * Slot arithmetic for schedule triggers. A slot is one instant (UTC `Date`) at which a five-field cron pattern
 * fires in its IANA time zone; croner does the wall-clock → instant conversion, so DST gaps and overlaps are
 * handled the same way everywhere (a wall time skipped by spring-forward fires at the first instant after the gap,
 * and every slot is a distinct instant, so `scheduleId:slot` is a stable key).
 */
function cronFor(cron: string, timezone: string): Cron {
  return new Cron(cron, { paused: true, timezone });
}

/** The first slot strictly after `after`, or null when the pattern never fires again. */
export function nextSlot(cron: string, timezone: string, after: Date): Date | null {
  return cronFor(cron, timezone).nextRun(after);
}

export interface DueSlots {
  /** Due slots in chronological order: the most recent `max` slots with `from <= slot <= to`. */
  slots: Date[];
  /** How many older due slots were left out because of `max` (0 when none; capped count, see below). */
  skipped: number;
}

/**
 * The slots in `[from, to]` (both inclusive), keeping only the latest `max` of them: after a long outage a schedule
 * catches up a bounded number of runs instead of one per missed slot. `skipped` counts the dropped older slots, up
 * to `max` (it only says "at least this many" beyond that: counting a year of per-minute slots is not worth it).
 */
export function dueSlots(cron: string, timezone: string, from: Date, to: Date, max: number): DueSlots {
  if (max <= 0 || to < from) return { slots: [], skipped: 0 };
  const schedule = cronFor(cron, timezone);
  // previousRuns excludes a run exactly at the reference, so step 1 ms past `to` to make `to` inclusive.
  const latestFirst = schedule.previousRuns(max, new Date(to.getTime() + 1)).filter((slot) => slot >= from && slot <= to);
  const slots = latestFirst.reverse();
  let skipped = 0;
  const oldest = slots[0];
  if (oldest && slots.length === max) {
    // Count (up to `max`) the due slots older than the oldest one we keep.
    for (let slot = schedule.nextRun(new Date(from.getTime() - 1)); slot && slot < oldest && skipped < max; slot = schedule.nextRun(slot)) skipped++;
  }
  return { slots, skipped };
}

/** Up to `count` slots from `from` on (`from` itself included when it is a slot), for showing what comes next. */
export function upcomingSlots(cron: string, timezone: string, from: Date, count: number): Date[] {
  if (count <= 0) return [];
  return cronFor(cron, timezone).nextRuns(count, new Date(from.getTime() - 1));
}
