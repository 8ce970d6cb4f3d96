import { and, asc, eq, gt, lte, notInArray } from "drizzle-orm";
import { runs } from "@/server/db/schema/runs";
import type { Db } from "@/server/db/types";
import { logger } from "@/server/log/logger";
import { enqueueRun } from "@/server/services/runs/enqueue-run";

/** A queued run this old is re-sent: long enough for a send in flight to land, short of the engine's 24 h event-id dedupe. */
export const QUEUED_RESEND_AFTER_MS = 2 * 60_000;
const QUEUED_RESEND_UNTIL_MS = 23 * 60 * 60_000;
const BATCH = 200;

type Enqueue = (run: { id: string; orgId: string }) => Promise<void>;

/**
 * Re-sends the start event of runs that are still `queued` a while after they were created — a process that died
 * between committing a run (manual start, replay, workflow event) and sending its event would otherwise leave it
 * queued for ever. The event id is the run id, so for a run whose event did arrive (it is only waiting for a
 * worker) the engine drops the duplicate. Sub-workflow runs (started by `step.invoke`) and scheduled runs (their
 * own slot sweeper) are left out. Runs of every org: each event carries its run's own org.
 */
export async function resendQueuedRuns(db: Db, options: { now?: Date; enqueue?: Enqueue } = {}): Promise<{ sent: number; failed: number }> {
  const now = (options.now ?? new Date()).getTime();
  const queued = await db
    .select({ id: runs.id, orgId: runs.orgId })
    .from(runs)
    .where(
      and(
        eq(runs.status, "queued"),
        lte(runs.createdAt, new Date(now - QUEUED_RESEND_AFTER_MS)),
        gt(runs.createdAt, new Date(now - QUEUED_RESEND_UNTIL_MS)),
        notInArray(runs.triggerKind, ["subworkflow", "schedule"]),
      ),
    )
    .orderBy(asc(runs.createdAt))
    .limit(BATCH);
  let failed = 0;
  for (const run of queued) {
    try {
      await (options.enqueue ?? enqueueRun)(run);
    } catch (error) {
      failed++;
      logger.warn({ runId: run.id, err: String(error) }, "could not re-send a queued run's start event; the next sweep retries");
    }
  }
  return { sent: queued.length - failed, failed };
}
