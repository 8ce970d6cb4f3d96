import { and, inArray, isNotNull, lt } from "drizzle-orm";
import { executorEvents, executorIdempotencyKeys, executorRuns } from "../storage/schema";
import type { EngineContext } from "./context";

const EVENT_DEDUPE_MS = 24 * 60 * 60 * 1000;
/** Ended runs (with their memoized steps) are kept this long for inspection, then removed. */
export const ENDED_RUN_RETENTION_MS = 7 * 24 * 60 * 60 * 1000;
const BATCH = 1000;
/** Batches per table per pass: a backlog is worked off over several passes rather than in one long one. */
const MAX_BATCHES = 20;

/**
 * Keeps the executor's tables from growing without bound: events past their 24 h dedupe window, expired
 * idempotency keys, and runs that ended more than a week ago (their steps go by cascade). Deletes in bounded
 * batches, so no pass holds locks for long. Returns how many rows went, per table.
 */
export async function sweepExpired(ctx: EngineContext): Promise<{ events: number; idempotencyKeys: number; runs: number }> {
  const now = ctx.clock.now().getTime();
  const { db } = ctx;
  const inBatches = async (deleteBatch: () => Promise<number>) => {
    let total = 0;
    for (let i = 0; i < MAX_BATCHES; i++) {
      const deleted = await deleteBatch();
      total += deleted;
      if (deleted < BATCH) break;
    }
    return total;
  };
  const events = await inBatches(async () => {
    const stale = db.select({ id: executorEvents.id }).from(executorEvents).where(lt(executorEvents.receivedAt, new Date(now - EVENT_DEDUPE_MS))).limit(BATCH);
    return (await db.delete(executorEvents).where(inArray(executorEvents.id, stale)).returning({ id: executorEvents.id })).length;
  });
  const idempotencyKeys = (await db.delete(executorIdempotencyKeys).where(lt(executorIdempotencyKeys.expiresAt, new Date(now))).returning({ key: executorIdempotencyKeys.key })).length;
  const runs = await inBatches(async () => {
    const old = db
      .select({ id: executorRuns.id })
      .from(executorRuns)
      .where(and(isNotNull(executorRuns.endedAt), lt(executorRuns.endedAt, new Date(now - ENDED_RUN_RETENTION_MS))))
      .limit(BATCH);
    return (await db.delete(executorRuns).where(inArray(executorRuns.id, old)).returning({ id: executorRuns.id })).length;
  });
  return { events, idempotencyKeys, runs };
}
