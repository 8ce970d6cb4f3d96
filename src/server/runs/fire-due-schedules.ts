import { randomUUID } from "node:crypto";
import { and, asc, eq, isNull, lte } from "drizzle-orm";
import { dueSlots, nextSlot } from "@/core/workflow/schedule-slots";
import { runs } from "@/server/db/schema/runs";
import { schedules, scheduleSlots } from "@/server/db/schema/schedules";
import { workflows, workflowVersions } from "@/server/db/schema/workflows";
import type { Db, Tx } from "@/server/db/types";
import { logger } from "@/server/log/logger";
import { enqueueRun } from "@/server/services/runs/enqueue-run";

/** Due schedules taken (and locked) per transaction. */
export const SCHEDULE_BATCH_SIZE = 100;
/** Batches one call works through before leaving the rest to the next tick. */
export const MAX_BATCHES_PER_CALL = 10;
/**
 * At most this many missed slots of one schedule are caught up when it is found late (after an outage, or a
 * tick that could not run): the latest ones; older missed slots are skipped and logged. A workflow scheduled
 * every minute that was down for a day starts 10 runs, not 1,440.
 */
export const MAX_CATCH_UP_SLOTS = 10;
/** A slot whose run was committed but not marked sent this long ago is treated as stranded by a crash. */
export const STRANDED_AFTER_MS = 60_000;

export interface ScheduledRun {
  id: string;
  orgId: string;
  scheduleId: string;
  slot: Date;
}

type Enqueue = (run: { id: string; orgId: string }) => Promise<void>;

export interface FireDueSchedulesOptions {
  now?: Date;
  batchSize?: number;
  maxCatchUp?: number;
  /** Sends the run's start event; `enqueueRun` unless a test replaces it. */
  enqueue?: Enqueue;
}

export interface FireDueSchedulesResult {
  /** Runs created by this call (each for a slot no other call had claimed). */
  created: ScheduledRun[];
  /** Runs whose start event could not be sent; the sweeper re-sends them. */
  unsent: number;
  /** Missed slots left out by the catch-up cap. */
  skippedSlots: number;
}

/**
 * The schedule tick's work. Takes due schedules (`next_run_at <= now`, locked with SKIP LOCKED so concurrent
 * ticks split them) and, in the same transaction, claims each due slot in `schedule_slots` with ON CONFLICT DO
 * NOTHING, inserts a queued run for every slot it claimed, and advances `next_run_at` / `last_slot`. Only after
 * the commit are the runs' start events sent (event id = run id), and each sent slot is marked `enqueued_at`.
 * A slot is therefore run at most once whatever the number of ticks, retries or restarts; a crash between commit
 * and send leaves a queued run that `enqueueStrandedScheduledRuns` sends later.
 */
export async function fireDueSchedules(db: Db, options: FireDueSchedulesOptions = {}): Promise<FireDueSchedulesResult> {
  const now = options.now ?? new Date();
  const batchSize = options.batchSize ?? SCHEDULE_BATCH_SIZE;
  const maxCatchUp = options.maxCatchUp ?? MAX_CATCH_UP_SLOTS;
  const created: ScheduledRun[] = [];
  let skippedSlots = 0;
  for (let batch = 0; batch < MAX_BATCHES_PER_CALL; batch++) {
    const result = await db.transaction((tx) => fireBatch(tx, now, batchSize, maxCatchUp));
    created.push(...result.created);
    skippedSlots += result.skippedSlots;
    if (result.taken < batchSize) break;
  }
  const unsent = await sendAndMark(db, created, options.enqueue ?? enqueueRun, now);
  return { created, unsent, skippedSlots };
}

async function fireBatch(tx: Tx, now: Date, batchSize: number, maxCatchUp: number) {
  // The joins keep a schedule inside its org: it only fires when its workflow and pinned version belong to the same org.
  const due = await tx
    .select({
      id: schedules.id,
      orgId: schedules.orgId,
      workflowId: schedules.workflowId,
      versionId: schedules.versionId,
      cron: schedules.cron,
      timezone: schedules.timezone,
      nextRunAt: schedules.nextRunAt,
      lastSlot: schedules.lastSlot,
    })
    .from(schedules)
    .innerJoin(workflows, and(eq(workflows.id, schedules.workflowId), eq(workflows.orgId, schedules.orgId)))
    .innerJoin(
      workflowVersions,
      and(eq(workflowVersions.id, schedules.versionId), eq(workflowVersions.workflowId, schedules.workflowId), eq(workflowVersions.orgId, schedules.orgId)),
    )
    .where(and(eq(schedules.enabled, true), lte(schedules.nextRunAt, now)))
    .orderBy(asc(schedules.nextRunAt))
    .limit(batchSize)
    .for("update", { of: schedules, skipLocked: true });

  const created: ScheduledRun[] = [];
  let skippedSlots = 0;
  for (const schedule of due) {
    let slots: Date[] = [];
    let next: Date | null = null;
    try {
      const found = dueSlots(schedule.cron, schedule.timezone, schedule.nextRunAt, now, maxCatchUp);
      slots = found.slots;
      next = nextSlot(schedule.cron, schedule.timezone, now);
      if (found.skipped > 0) {
        skippedSlots += found.skipped;
        logger.warn({ scheduleId: schedule.id, skipped: found.skipped, cap: maxCatchUp }, "schedule was late; skipped older missed slots");
      }
    } catch (error) {
      // Publish validates the pattern, so this only happens if croner changed its mind; stop rather than retry every minute.
      logger.error({ scheduleId: schedule.id, err: String(error) }, "schedule pattern cannot be evaluated; disabling it");
    }
    for (const slot of slots) {
      const runId = randomUUID();
      const claimed = await tx
        .insert(scheduleSlots)
        .values({ scheduleId: schedule.id, slot, runId, createdAt: now })
        .onConflictDoNothing()
        .returning({ runId: scheduleSlots.runId });
      if (claimed.length === 0) continue;
      await tx.insert(runs).values({
        id: runId,
        orgId: schedule.orgId,
        workflowId: schedule.workflowId,
        versionId: schedule.versionId,
        triggerKind: "schedule",
        triggerPayload: { scheduledAt: slot.toISOString(), cron: schedule.cron, timezone: schedule.timezone },
      });
      created.push({ id: runId, orgId: schedule.orgId, scheduleId: schedule.id, slot });
    }
    await tx
      .update(schedules)
      .set({ nextRunAt: next ?? schedule.nextRunAt, lastSlot: slots.at(-1) ?? schedule.lastSlot, enabled: next !== null, updatedAt: now })
      .where(eq(schedules.id, schedule.id));
  }
  return { created, skippedSlots, taken: due.length };
}

/** Sends each run's start event and marks its slot sent; a failed send is left for the sweeper. Returns how many failed. */
async function sendAndMark(db: Db, slots: { id: string; orgId: string; scheduleId: string; slot: Date }[], enqueue: Enqueue, now: Date) {
  let unsent = 0;
  for (const slot of slots) {
    try {
      await enqueue({ id: slot.id, orgId: slot.orgId });
    } catch (error) {
      unsent++;
      logger.warn({ runId: slot.id, scheduleId: slot.scheduleId, err: String(error) }, "could not send a scheduled run's start event; the sweeper will retry");
      continue;
    }
    await db
      .update(scheduleSlots)
      .set({ enqueuedAt: now })
      .where(and(eq(scheduleSlots.scheduleId, slot.scheduleId), eq(scheduleSlots.slot, slot.slot)));
  }
  return unsent;
}

/**
 * The sweeper: sends the start event of scheduled runs that were committed but never sent (a crash or a failed
 * send between the tick's commit and its send), once they are `STRANDED_AFTER_MS` old so a tick still in flight
 * is not raced. The event id is the run id, so a run that was in fact sent is not started twice. A slot whose
 * run is no longer queued (cancelled, deleted) is just marked.
 */
export async function enqueueStrandedScheduledRuns(
  db: Db,
  options: { now?: Date; olderThanMs?: number; limit?: number; enqueue?: Enqueue } = {},
): Promise<{ sent: number; unsent: number }> {
  const now = options.now ?? new Date();
  const cutoff = new Date(now.getTime() - (options.olderThanMs ?? STRANDED_AFTER_MS));
  const stranded = await db
    .select({ scheduleId: scheduleSlots.scheduleId, slot: scheduleSlots.slot, id: scheduleSlots.runId, orgId: runs.orgId, status: runs.status })
    .from(scheduleSlots)
    .leftJoin(runs, eq(runs.id, scheduleSlots.runId))
    .where(and(isNull(scheduleSlots.enqueuedAt), lte(scheduleSlots.createdAt, cutoff)))
    .orderBy(asc(scheduleSlots.createdAt))
    .limit(options.limit ?? SCHEDULE_BATCH_SIZE);
  const toSend = stranded.filter((row): row is typeof row & { orgId: string } => row.status === "queued" && row.orgId !== null);
  const gone = stranded.filter((row) => row.status !== "queued" || row.orgId === null);
  for (const row of gone) {
    await db
      .update(scheduleSlots)
      .set({ enqueuedAt: now })
      .where(and(eq(scheduleSlots.scheduleId, row.scheduleId), eq(scheduleSlots.slot, row.slot)));
  }
  const unsent = await sendAndMark(db, toSend, options.enqueue ?? enqueueRun, now);
  return { sent: toSend.length - unsent, unsent };
}
