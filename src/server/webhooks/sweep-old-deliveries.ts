import { lt, sql } from "drizzle-orm";
import { webhookDeliveries } from "@/server/db/schema/webhooks";
import type { Db } from "@/server/db/types";

const DAY_MS = 24 * 60 * 60_000;
const BATCH = 5_000;
/** Batches per call: a backlog (a lowered retention, a long outage) is worked off over several ticks, not in one long one. */
const MAX_BATCHES = 20;

/**
 * Deletes webhook deliveries — raw bodies and headers — received more than `retentionDays` ago, every org's, in
 * bounded batches (oldest first, by the `received_at` index). Runs a delivery started keep their own copy of its
 * payload; only the delivery log entry goes. Returns how many went.
 */
export async function sweepOldDeliveries(db: Db, options: { now?: Date; retentionDays: number }): Promise<{ deleted: number }> {
  const cutoff = new Date((options.now ?? new Date()).getTime() - options.retentionDays * DAY_MS);
  let deleted = 0;
  for (let batch = 0; batch < MAX_BATCHES; batch++) {
    const old = db.select({ id: webhookDeliveries.id }).from(webhookDeliveries).where(lt(webhookDeliveries.receivedAt, cutoff)).orderBy(webhookDeliveries.receivedAt).limit(BATCH);
    const gone = await db
      .delete(webhookDeliveries)
      .where(sql`${webhookDeliveries.id} in (${old})`)
      .returning({ id: webhookDeliveries.id });
    deleted += gone.length;
    if (gone.length < BATCH) break;
  }
  return { deleted };
}
